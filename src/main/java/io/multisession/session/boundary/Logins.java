package io.multisession.session.boundary;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.control.Audited;
import io.multisession.audit.entity.AuditEventType;
import io.multisession.bruteforce.control.GuardedCredentialCheck;
import io.multisession.device.control.DeviceDetection;
import io.multisession.device.control.LastSeen;
import io.multisession.session.control.ClientSecret;
import io.multisession.session.control.InvalidRefreshTokenException;
import io.multisession.session.control.IssuedTokens;
import io.multisession.session.control.RefreshRotation;
import io.multisession.session.control.SecureTokens;
import io.multisession.session.control.SessionAdmission;
import io.multisession.session.control.SessionLifetime;
import io.multisession.session.control.SessionMetrics;
import io.multisession.session.control.SessionOwnerLock;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionPolicy;
import io.multisession.session.control.SessionRevoker;
import io.multisession.session.control.SessionStore;
import io.multisession.session.control.SessionTokens;
import io.multisession.session.entity.LoginChannel;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RevocationReason;
import io.multisession.token.control.SigningKeys;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A session's life from the client's side, each use case one transaction: log in, refresh, log out. The rules are
 * the controls' (admission, rotation, lifetime); this class tells the story.
 */
@Stateless
public class Logins {

    private static final Predicate<LoginSession> ANY_SESSION = session -> true;
    /** How many rotations back a token is still recognised as its session's, to end the session on its reuse. */
    static final int RECOGNISED_ROTATIONS = 10;

    @Inject
    ClientSecret clientSecret;

    @Inject
    SessionPolicies policies;

    @Inject
    GuardedCredentialCheck credentials;

    @Inject
    SessionOwnerLock ownerLock;

    @Inject
    SessionAdmission admission;

    @Inject
    SessionRevoker revoker;

    @Inject
    SessionStore store;

    @Inject
    SessionTokens tokens;

    @Inject
    DeviceDetection devices;

    @Inject
    LastSeen lastSeen;

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    SessionMetrics metrics;

    @Inject
    Clock clock;

    /** How long a rotated refresh token still gets the same answer, for clients that refresh concurrently. */
    @Inject
    @ConfigProperty(name = "multisession.refresh.reuse-grace")
    Duration reuseGrace;

    /** django-single-session's {@code LOGOUT_ALL_SESSIONS}; read on each logout, so it changes without a restart. */
    @Inject
    @ConfigProperty(name = "multisession.logout.all-sessions")
    Provider<Boolean> logoutEverywhere;

    /** Checks the caller, admits a new session under the owner's lock (ending what the limit or single-session mode ends), creates it, issues its tokens. */
    public IssuedTokens login(LoginRequest request) {
        clientSecret.verify(request.secretKey());
        return start(request, LoginChannel.API);
    }

    /**
     * A login through a door that presents no client secret (the web console, which cannot keep one from a browser; a
     * seed client's compatibility route). The session remembers its channel: only that channel refreshes or ends it
     * without the secret.
     */
    public IssuedTokens loginThrough(LoginChannel channel, LoginRequest request) {
        return start(request, channel);
    }

    private IssuedTokens start(LoginRequest request, LoginChannel channel) {
        SessionPolicy policy = policies.policyFor(request.type());
        GuardedCredentialCheck.Caller caller = credentials.check(request.username(), request.password(),
                request.clientIp());
        ownerLock.lock(caller.name());
        Instant now = clock.instant();
        SessionAdmission.Admission admitted = admission.admit(caller.name(), caller.groups(), policy, now);
        revoker.end(admitted.endedByLimit(), RevocationReason.SESSION_LIMIT, now, caller.name());
        revoker.end(admitted.endedBySingleSession(), RevocationReason.SINGLE_SESSION, now, caller.name());
        String refreshToken = SecureTokens.newRefreshToken();
        LoginSession session = newSession(caller, policy, request, refreshToken, now);
        session.cameThrough(channel);
        store.add(session);
        audit.record(Audited.login(caller.name(), session.id(), request.clientIp(), policy.type()));
        metrics.login();
        return tokens.issue(session, policy, now, refreshToken);
    }

    /**
     * Finds the token's session and locks it, then does what {@link RefreshRotation} decides: refresh (extending
     * and rotating as the policy says), hand a concurrent client the same successor, or treat the token as stolen.
     */
    public IssuedTokens refresh(String refreshToken, Optional<String> secretKey, String type, String clientIp) {
        clientSecret.verify(secretKey);
        return renew(refreshToken, Optional.of(policies.policyFor(type)), clientIp, ANY_SESSION);
    }

    /**
     * A refresh without the client secret, for the channel's own sessions only. Those clients name no type: the
     * session keeps its own, so a change of the channel's configured type applies to new logins and ends no session.
     */
    public IssuedTokens refreshThrough(LoginChannel channel, String refreshToken, String clientIp) {
        return renew(refreshToken, Optional.empty(), clientIp, session -> session.channel() == channel);
    }

    /** @param requested the type the client says the session has, if it says one (the seed's clients must) */
    private IssuedTokens renew(String refreshToken, Optional<SessionPolicy> requested, String clientIp,
                               Predicate<LoginSession> allowed) {
        String hash = SecureTokens.hash(refreshToken);
        Instant now = clock.instant();
        // A type whose refreshes change nothing in the session row needs no row lock: there is nothing to race for.
        boolean readOnly = requested.filter(policy -> !RefreshRotation.changesSession(policy)).isPresent();
        Optional<LoginSession> found = store.byRefreshHash(hash, now, !readOnly).filter(allowed);
        if (readOnly && found.filter(session -> session.refreshTokenHash().equals(hash)
                && session.type().equals(requested.get().type())).isPresent()) {
            metrics.refresh();
            return tokens.issue(found.get(), requested.get(), now, null);
        }
        if (readOnly) {
            found = found.flatMap(session -> store.lock(session, now));
        }
        if (found.isEmpty()) {
            return refuseUnknown(refreshToken, clientIp, allowed, now);
        }
        LoginSession session = found.get();
        Optional<SessionPolicy> policy = policies.find(session.type());
        if (policy.isEmpty()) {
            revoker.end(List.of(session), RevocationReason.TYPE_REMOVED, now, null);
            throw new InvalidRefreshTokenException();
        }
        String successor = SecureTokens.successor(keys.rotationSecret(), refreshToken);
        boolean current = session.refreshTokenHash().equals(hash);
        // read under the lock: a parallel refresh may have rotated the token since it was looked up
        RefreshRotation.Attempt attempt = new RefreshRotation.Attempt(current,
                current ? Optional.empty() : session.rotatedAway(hash),
                SecureTokens.hash(successor).equals(session.refreshTokenHash()),
                requested.map(type -> session.type().equals(type.type())).orElse(true));
        return switch (RefreshRotation.decide(attempt, now, reuseGrace)) {
            case REFRESH -> renewCurrent(session, policy.get(), successor, clientIp, now);
            case SAME_SUCCESSOR -> tokens.issue(session, policy.get(), now, successor);
            case REUSE -> refuseReuse(session, policy.get(), clientIp, now);
            case TYPE_MISMATCH -> {
                revoker.end(List.of(session), RevocationReason.SESSION_TYPE_MISMATCH, now, null);
                throw new InvalidRefreshTokenException();
            }
        };
    }

    /** Ends the refresh token's session, or all the user's sessions with {@code multisession.logout.all-sessions}. */
    public void logout(String refreshToken, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        end(refreshToken, ANY_SESSION);
    }

    /** A logout without the client secret: as {@link #logout}, for the channel's own sessions only. */
    public void logoutThrough(LoginChannel channel, String refreshToken) {
        end(refreshToken, session -> session.channel() == channel);
    }

    private void end(String refreshToken, Predicate<LoginSession> allowed) {
        Instant now = clock.instant();
        LoginSession session = store.lockActiveByRefreshToken(refreshToken, now)
                .filter(allowed)
                .orElseThrow(InvalidRefreshTokenException::new);
        List<LoginSession> ending = logoutEverywhere.get() ? store.lockActiveOf(session.owner(), now) : List.of(session);
        revoker.end(ending, RevocationReason.LOGOUT, now, session.owner());
    }

    private LoginSession newSession(GuardedCredentialCheck.Caller caller, SessionPolicy policy, LoginRequest request,
                                    String refreshToken, Instant now) {
        LoginSession session = new LoginSession(SecureTokens.newSessionId(), caller.name(), policy.type(),
                SecureTokens.hash(refreshToken), caller.groups(), request.info(), now,
                SessionLifetime.initialExpiry(policy, now));
        DeviceDetection.Device device = devices.detect(request.userAgent());
        session.describeDevice(device.browser(), device.os(), device.device(),
                device.type() == null ? null : device.type().label(), request.deviceModel(), request.clientIp());
        return session;
    }

    /**
     * A refresh with the current token that changes the session: last use, extension, and a new token when the policy
     * rotates, all in the one row update.
     */
    private IssuedTokens renewCurrent(LoginSession session, SessionPolicy policy, String successor, String clientIp,
                                      Instant now) {
        if (policy.updateLastLogin()) {
            session.touch(now);
        }
        session.seen(now, clientIp);
        lastSeen.written(session.id(), clientIp, now);
        SessionLifetime.extendedExpiry(policy, session.createdAt(), session.lastExtendedAt(), session.expiresAt(), now)
                .ifPresent(expiry -> session.extendTo(expiry, now));
        String rotated = null;
        if (policy.rotateRefreshTokens()) {
            rotated = successor;
            session.replaceRefreshToken(SecureTokens.hash(rotated), now);
        }
        metrics.refresh();
        return tokens.issue(session, policy, now, rotated);
    }

    /**
     * Refuses a token no session holds. If rotation derived a session's current or previous token from it, it is a
     * token rotated away more than once: reuse, as for the previous token after the grace window.
     */
    private IssuedTokens refuseUnknown(String refreshToken, String clientIp, Predicate<LoginSession> allowed,
                                       Instant now) {
        List<String> descendants = SecureTokens.descendantHashes(keys.rotationSecret(), refreshToken,
                RECOGNISED_ROTATIONS);
        Optional<LoginSession> rotatedFrom = store.lockActiveByAnyRefreshHash(descendants, now).filter(allowed);
        Optional<SessionPolicy> policy = rotatedFrom.flatMap(session -> policies.find(session.type()));
        if (policy.isPresent()) {
            return refuseReuse(rotatedFrom.get(), policy.get(), clientIp, now);
        }
        audit.recordRefusal(Audited.refreshRefused(clientIp, "unknown, expired or ended token"));
        throw new InvalidRefreshTokenException();
    }

    private IssuedTokens refuseReuse(LoginSession session, SessionPolicy policy, String clientIp, Instant now) {
        audit.record(Audited.of(AuditEventType.REFRESH_TOKEN_REUSE, null, session.owner(), session.id(), clientIp,
                policy.blacklistAfterRotation() ? "session ended" : "refused"));
        if (policy.blacklistAfterRotation()) {
            revoker.end(List.of(session), RevocationReason.REFRESH_TOKEN_REUSE, now, null);
        }
        throw new InvalidRefreshTokenException();
    }
}
