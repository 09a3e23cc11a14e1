package io.multisession.session.boundary;

import io.multisession.platform.Roles;
import io.multisession.session.control.ClientSecret;
import io.multisession.session.control.InvalidCredentialsException;
import io.multisession.session.control.InvalidRefreshTokenException;
import io.multisession.session.control.SecureTokens;
import io.multisession.session.control.SessionLifetime;
import io.multisession.session.control.SessionLimit;
import io.multisession.session.control.SessionLimitReachedException;
import io.multisession.session.control.SessionNotFoundException;
import io.multisession.session.control.SessionOwnerLock;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionPolicy;
import io.multisession.session.control.SessionsRevoked;
import io.multisession.session.control.UnknownSessionTypeException;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RetiredRefreshToken;
import io.multisession.session.entity.RevocationReason;
import io.multisession.token.boundary.KeyRing;
import io.multisession.token.control.AccessTokens;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session use cases, each one transaction: login, refresh, list, destroy, destroy all other, logout.
 * Every state change of a session row happens under that row's database lock (or, for a login, its owner's),
 * so parallel requests cannot exceed a limit, mint two successors of one refresh token, or revive an ended session.
 */
@Stateless
public class SessionManager {

    static final String ALL_TYPES = "ALL";

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionPolicies policies;

    @Inject
    SessionOwnerLock ownerLock;

    @Inject
    ClientSecret clientSecret;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccessTokens accessTokens;

    @Inject
    KeyRing keys;

    @Inject
    Event<SessionsRevoked> revocations;

    @Inject
    Clock clock;

    /** How long a rotated refresh token still gets the same answer, for clients that refresh concurrently. */
    @Inject
    @ConfigProperty(name = "multisession.refresh.reuse-grace", defaultValue = "PT10S")
    Duration reuseGrace;

    public IssuedTokens login(String username, char[] password, Optional<String> secretKey, String type, String info) {
        clientSecret.verify(secretKey);
        SessionPolicy policy = policies.policyFor(type);
        CredentialValidationResult caller = identityStores.validate(new UsernamePasswordCredential(username, new Password(password)));
        if (caller.getStatus() != CredentialValidationResult.Status.VALID) {
            throw new InvalidCredentialsException();
        }
        String owner = caller.getCallerPrincipal().getName();
        ownerLock.lock(owner);
        Instant now = clock.instant();
        List<LoginSession> active = em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER_AND_TYPE, LoginSession.class)
                .setParameter("owner", owner).setParameter("type", policy.type()).setParameter("now", now)
                .getResultList();
        SessionLimit.Decision decision = SessionLimit.forNewSession(policy, active.size());
        if (!decision.allowed()) {
            throw new SessionLimitReachedException();
        }
        revoke(active.subList(0, decision.sessionsToEnd()), RevocationReason.SESSION_LIMIT, now);
        String refreshToken = SecureTokens.newRefreshToken();
        LoginSession session = new LoginSession(SecureTokens.newSessionId(), owner, policy.type(),
                SecureTokens.hash(refreshToken), groupsOf(caller), info, now,
                SessionLifetime.initialExpiry(policy, now));
        em.persist(session);
        return issue(session, policy, now, refreshToken);
    }

    public IssuedTokens refresh(String refreshToken, Optional<String> secretKey, String type) {
        clientSecret.verify(secretKey);
        SessionPolicy requested = policies.policyFor(type);
        String hash = SecureTokens.hash(refreshToken);
        Optional<String> sessionId = sessionIdOfCurrentToken(hash).or(() ->
                Optional.ofNullable(em.find(RetiredRefreshToken.class, hash)).map(RetiredRefreshToken::sessionId));
        Instant now = clock.instant();
        LoginSession session = lockActive(sessionId, now).orElseThrow(InvalidRefreshTokenException::new);
        Optional<SessionPolicy> policy = policies.find(session.type());
        if (policy.isEmpty()) {
            revoke(List.of(session), RevocationReason.TYPE_REMOVED, now);
            throw new InvalidRefreshTokenException();
        }
        if (!session.refreshTokenHash().equals(hash)) {
            return answerRetiredToken(session, policy.get(), requested, refreshToken, now);
        }
        if (!session.type().equals(requested.type())) {
            revoke(List.of(session), RevocationReason.SESSION_TYPE_MISMATCH, now);
            throw new InvalidRefreshTokenException();
        }
        if (policy.get().updateLastLogin()) {
            session.touch(now);
        }
        SessionLifetime.extendedExpiry(policy.get(), session.createdAt(), session.lastExtendedAt(),
                session.expiresAt(), now).ifPresent(expiry -> session.extendTo(expiry, now));
        String rotated = null;
        if (policy.get().rotateRefreshTokens()) {
            rotated = SecureTokens.successor(keys.rotationSecret(), refreshToken);
            em.persist(new RetiredRefreshToken(hash, session.id(), now));
            session.replaceRefreshToken(SecureTokens.hash(rotated));
        }
        return issue(session, policy.get(), now, rotated);
    }

    /**
     * A rotated token again: inside the grace window, and while its successor is still the session's current token,
     * the same successor is handed out again (a concurrent refresh); otherwise it is reuse, which ends the session
     * when the policy blacklists after rotation.
     */
    private IssuedTokens answerRetiredToken(LoginSession session, SessionPolicy policy, SessionPolicy requested,
                                            String refreshToken, Instant now) {
        RetiredRefreshToken retired = em.find(RetiredRefreshToken.class, SecureTokens.hash(refreshToken));
        String successor = SecureTokens.successor(keys.rotationSecret(), refreshToken);
        boolean concurrentRefresh = retired != null
                && !now.isAfter(retired.retiredAt().plus(reuseGrace))
                && SecureTokens.hash(successor).equals(session.refreshTokenHash())
                && session.type().equals(requested.type());
        if (concurrentRefresh) {
            return issue(session, policy, now, successor);
        }
        if (policy.blacklistAfterRotation()) {
            revoke(List.of(session), RevocationReason.REFRESH_TOKEN_REUSE, now);
        }
        throw new InvalidRefreshTokenException();
    }

    public List<SessionGroup> list(String owner, String typeSelector) {
        List<String> types = typesSelectedBy(typeSelector);
        Instant now = clock.instant();
        Map<String, List<LoginSession>> byType = em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now).getResultList().stream()
                .collect(Collectors.groupingBy(LoginSession::type));
        List<SessionGroup> groups = new ArrayList<>();
        for (String type : types) {
            List<LoginSession> sessions = new ArrayList<>(byType.getOrDefault(type, List.of()));
            sessions.sort(Comparator.comparing(LoginSession::createdAt));
            groups.add(new SessionGroup(type,
                    SessionLimit.available(policies.policyFor(type), sessions.size()), sessions));
        }
        return groups;
    }

    public void destroy(String owner, String sessionId) {
        Instant now = clock.instant();
        LoginSession session = lockActive(Optional.of(sessionId), now)
                .filter(candidate -> candidate.owner().equals(owner))
                .orElseThrow(SessionNotFoundException::new);
        revoke(List.of(session), RevocationReason.DESTROYED, now);
    }

    public void destroyAllOther(String owner, String currentSessionId, String typeSelector) {
        Set<String> types = Set.copyOf(typesSelectedBy(typeSelector));
        Instant now = clock.instant();
        List<LoginSession> others = em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(session -> types.contains(session.type()) && !session.id().equals(currentSessionId))
                .toList();
        revoke(others, RevocationReason.DESTROYED_BY_OTHER_SESSION, now);
    }

    public void logout(String refreshToken, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        LoginSession session = lockActive(sessionIdOfCurrentToken(SecureTokens.hash(refreshToken)), now)
                .orElseThrow(InvalidRefreshTokenException::new);
        revoke(List.of(session), RevocationReason.LOGOUT, now);
    }

    /** The active session whose current refresh token this is. */
    public Optional<LoginSession> activeByRefreshToken(String refreshToken) {
        Instant now = clock.instant();
        return sessionIdOfCurrentToken(SecureTokens.hash(refreshToken))
                .map(id -> em.find(LoginSession.class, id)).filter(session -> session.isActive(now));
    }

    public Optional<LoginSession> activeSession(String sessionId) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(LoginSession.class, sessionId)).filter(session -> session.isActive(now));
    }

    /** RFC 7009 revocation by refresh token: ends its session if it is active, and is silent otherwise. */
    public void revokeByRefreshToken(String refreshToken, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        lockActive(sessionIdOfCurrentToken(SecureTokens.hash(refreshToken)), now)
                .ifPresent(session -> revoke(List.of(session), RevocationReason.TOKEN_REVOKED, now));
    }

    /** RFC 7009 revocation by access token: ends the token's session. */
    public void revokeSession(String sessionId, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        lockActive(Optional.of(sessionId), now)
                .ifPresent(session -> revoke(List.of(session), RevocationReason.TOKEN_REVOKED, now));
    }

    private Optional<String> sessionIdOfCurrentToken(String hash) {
        return em.createNamedQuery(LoginSession.ID_BY_REFRESH_HASH, String.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** The session, locked for the rest of the transaction, if it is still active once the lock is held. */
    private Optional<LoginSession> lockActive(Optional<String> sessionId, Instant now) {
        return sessionId.map(id -> em.find(LoginSession.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(session -> session.isActive(now));
    }

    private List<String> typesSelectedBy(String selector) {
        String upper = selector.toUpperCase(Locale.ROOT);
        List<String> configured = policies.types();
        if (ALL_TYPES.equals(upper)) {
            return configured;
        }
        if (!configured.contains(upper)) {
            throw new UnknownSessionTypeException(configured, true);
        }
        return List.of(upper);
    }

    private IssuedTokens issue(LoginSession session, SessionPolicy policy, Instant now, String refreshToken) {
        Instant expiry = SessionLifetime.accessTokenExpiry(policy, now, session.expiresAt());
        String access = accessTokens.issue(session.owner(), session.groups(), session.id(), session.type(), now, expiry);
        return new IssuedTokens(access, Optional.ofNullable(refreshToken), session.id(), Duration.between(now, expiry));
    }

    private void revoke(List<LoginSession> sessions, RevocationReason reason, Instant now) {
        if (sessions.isEmpty()) {
            return;
        }
        sessions.forEach(session -> session.revoke(now, reason));
        revocations.fire(new SessionsRevoked(sessions.stream().map(LoginSession::id).toList(),
                now.plus(policies.longestAccessTokenLifetime())));
    }

    /** The identity store's groups, plus {@code user}, which every authenticated caller holds. */
    private static List<String> groupsOf(CredentialValidationResult caller) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        groups.addAll(caller.getCallerGroups());
        return List.copyOf(groups);
    }
}
