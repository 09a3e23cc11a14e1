package io.multisession.bruteforce.control;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.control.Audited;
import io.multisession.audit.entity.AuditEventType;
import io.multisession.platform.Roles;
import io.multisession.user.control.GroupNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is logging in, checked once: a locked user-and-address is refused before its password is looked at, the
 * identity stores decide, failures count towards the lock, and both refusals are audited. The caller's groups come
 * back as a session may carry them: {@code user}, then the stores' groups whose names are valid.
 */
@ApplicationScoped
public class GuardedCredentialCheck {

    /** A caller whose credentials the identity stores accepted. */
    public record Caller(String name, List<String> groups) {
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * @throws TooManyLoginAttemptsException while the user at this address (or the address) is locked
     * @throws InvalidCredentialsException   for a wrong password, an unknown or a disabled user
     */
    public Caller check(String username, char[] password, String clientIp) {
        Instant now = clock.instant();
        Optional<Duration> locked = throttle.lockedFor(username, clientIp, now);
        if (locked.isPresent()) {
            audit.recordRefusal(Audited.loginRefused(AuditEventType.LOGIN_THROTTLED, username, clientIp));
            throw new TooManyLoginAttemptsException(locked.get());
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, clientIp, now);
            audit.recordRefusal(Audited.loginRefused(AuditEventType.LOGIN_FAILED, username, clientIp));
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(username, clientIp);
        String name = result.getCallerPrincipal().getName();
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        groups.addAll(GroupNames.validOf(result.getCallerGroups(), name));
        return new Caller(name, List.copyOf(groups));
    }
}
