package io.multisession.user.control;

import io.multisession.user.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.transaction.Transactional;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The built-in identity store: accounts in the application database. Groups come with the validation result, so
 * the store is never asked for the groups of MP-JWT callers: authenticated requests read no account.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    PasswordRehash rehash;

    /**
     * Outside the caller's transaction: the account is read on a connection that goes back to the pool at once, so
     * the password hash (the slow part of a login) runs with no connection or lock held. Declared here rather than
     * left to the interface's default method, whose call of the typed method would bypass the interceptor.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? validate(password)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    CredentialValidationResult validate(UsernamePasswordCredential credential) {
        UserAccount account = em.find(UserAccount.class, credential.getCaller());
        char[] password = credential.getPassword().getValue();
        if (account == null) {
            passwords.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.verify(password, account.passwordHash()) || !account.enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.isCurrent(account.passwordHash())) {
            try {
                rehash.replace(account.username(), account.passwordHash(), passwords.hash(password),
                        passwords.algorithm());
            } catch (RuntimeException e) {
                // the password was right: the login goes on, and the next one tries again
                LOG.log(Level.WARNING, "Could not store the password of " + account.username() + " again", e);
            }
        }
        return new CredentialValidationResult(account.username(), new HashSet<>(account.groups()));
    }

    /** Validates and provides groups in one step; Jakarta Security only keeps a validating store's groups then. */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
