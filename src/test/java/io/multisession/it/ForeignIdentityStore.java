package io.multisession.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * Test deployment only: a deployer's identity store (as LDAP would be) that knows one user, {@code foreign-user},
 * whose groups include names the account API would refuse: one with a comma that must never become {@code admin},
 * one too long, and a valid one.
 */
@ApplicationScoped
public class ForeignIdentityStore implements IdentityStore {

    static final String USER = "foreign-user";
    static final String PASSWORD = "foreign-password";

    /** Called by the default {@code IdentityStore.validate(Credential)} for username and password credentials. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (!USER.equals(credential.getCaller())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!credential.getPassword().compareTo(PASSWORD)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(USER, Set.of("x,admin", "security-admin ", "g".repeat(65), "readers"));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
