package io.multisession.session.boundary;

import io.multisession.audit.boundary.AuditLog;
import io.multisession.bruteforce.control.InvalidCredentialsException;
import io.multisession.bruteforce.control.LoginThrottle;
import io.multisession.bruteforce.control.TooManyLoginAttemptsException;
import io.multisession.device.control.DeviceDetection;
import io.multisession.device.control.LastSeen;
import io.multisession.platform.Roles;
import io.multisession.session.control.ClientSecret;
import io.multisession.session.control.InvalidRefreshTokenException;
import io.multisession.session.control.SecureTokens;
import io.multisession.session.control.SessionLifetime;
import io.multisession.session.control.SessionLimit;
import io.multisession.session.control.SessionLimitReachedException;
import io.multisession.session.control.SessionMetrics;
import io.multisession.session.control.SessionNotFoundException;
import io.multisession.session.control.SessionOwnerLock;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionPolicy;
import io.multisession.session.control.SessionsRevoked;
import io.multisession.session.control.SingleSessionRule;
import io.multisession.session.control.UnknownSessionTypeException;
import io.multisession.session.entity.LoginSession;
import io.multisession.session.entity.RetiredRefreshToken;
import io.multisession.session.entity.RevocationReason;
import io.multisession.token.boundary.KeyRing;
import io.multisession.token.control.AccessTokens;
import io.multisession.user.control.AccountChanged;
import io.multisession.user.control.GroupNames;
import io.multisession.user.control.Privileges;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session use cases, each one transaction: login, refresh, list, destroy, destroy all other, logout, and the
 * admin's view of other users' sessions. Every state change of a session row happens under that row's database lock
 * (or, for a login, its owner's), so parallel requests cannot exceed a limit, mint two successors of one refresh
 * token, or revive an ended session.
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
    LoginThrottle throttle;

    @Inject
    DeviceDetection devices;

    @Inject
    LastSeen lastSeen;

    @Inject
    Instance<SingleSessionRule> singleSessionRules;

    @Inject
    AccessTokens accessTokens;

    @Inject
    KeyRing keys;

    @Inject
    AuditLog audit;

    @Inject
    SessionMetrics metrics;

    @Inject
    Event<SessionsRevoked> revocations;

    @Inject
    Clock clock;

    /** How long a rotated refresh token still gets the same answer, for clients that refresh concurrently. */
    @Inject
    @ConfigProperty(name = "multisession.refresh.reuse-grace", defaultValue = "PT10S")
    Duration reuseGrace;

    @Inject
    Config config;

    public IssuedTokens login(LoginRequest request) {
        clientSecret.verify(request.secretKey());
        SessionPolicy policy = policies.policyFor(request.type());
        Optional<Duration> locked = throttle.lockedFor(request.username(), request.clientIp(), clock.instant());
        if (locked.isPresent()) {
            audit.recordRefusal(AuditLog.LOGIN_THROTTLED, null, request.username(), request.clientIp(), null);
            throw new TooManyLoginAttemptsException(locked.get());
        }
        CredentialValidationResult caller = identityStores.validate(
                new UsernamePasswordCredential(request.username(), new Password(request.password())));
        if (caller.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(request.username(), request.clientIp(), clock.instant());
            audit.recordRefusal(AuditLog.LOGIN_FAILED, null, request.username(), request.clientIp(), null);
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(request.username(), request.clientIp());
        String owner = caller.getCallerPrincipal().getName();
        List<String> groups = groupsOf(caller);
        ownerLock.lock(owner);
        Instant now = clock.instant();
        endSessionsForNewLogin(owner, groups, policy, now);
        String refreshToken = SecureTokens.newRefreshToken();
        LoginSession session = new LoginSession(SecureTokens.newSessionId(), owner, policy.type(),
                SecureTokens.hash(refreshToken), groups, request.info(), now,
                SessionLifetime.initialExpiry(policy, now));
        DeviceDetection.Device device = devices.detect(request.userAgent());
        session.describeDevice(device.browser(), device.os(), device.device(), request.deviceModel(),
                request.clientIp());
        em.persist(session);
        audit.record(AuditLog.LOGIN, owner, owner, session.id(), request.clientIp(), policy.type());
        metrics.login();
        return issue(session, policy, now, refreshToken);
    }

    /**
     * The session limit of the type, then single-session mode: both may end older sessions before a new one. Reads
     * only the sessions that can be affected: none for an unlimited type without single-session mode.
     */
    private void endSessionsForNewLogin(String owner, List<String> groups, SessionPolicy policy, Instant now) {
        SingleSessionRule.Scope scope = singleSessionScope(owner, Set.copyOf(groups), policy.type());
        if (!policy.limitNumberOfAvailSessions() && scope == SingleSessionRule.Scope.NONE) {
            return;
        }
        List<LoginSession> candidates = scope == SingleSessionRule.Scope.ALL_TYPES
                ? activeOf(owner, now)
                : em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER_AND_TYPE, LoginSession.class)
                        .setParameter("owner", owner).setParameter("type", policy.type()).setParameter("now", now)
                        .getResultList();
        List<LoginSession> sameType = candidates.stream().filter(s -> s.type().equals(policy.type())).toList();
        SessionLimit.Decision decision = SessionLimit.forNewSession(policy, sameType.size());
        if (!decision.allowed()) {
            throw new SessionLimitReachedException();
        }
        revoke(sameType.subList(0, decision.sessionsToEnd()), RevocationReason.SESSION_LIMIT, now, owner);
        if (scope != SingleSessionRule.Scope.NONE) {
            revoke(candidates.stream().filter(LoginSession::revokedAtIsUnset).toList(),
                    RevocationReason.SINGLE_SESSION, now, owner);
        }
    }

    private SingleSessionRule.Scope singleSessionScope(String owner, Set<String> groups, String type) {
        return singleSessionRules.stream().map(rule -> rule.scopeFor(owner, groups, type))
                .max(Comparator.naturalOrder()).orElse(SingleSessionRule.Scope.NONE);
    }

    public IssuedTokens refresh(String refreshToken, Optional<String> secretKey, String type, String clientIp) {
        clientSecret.verify(secretKey);
        SessionPolicy requested = policies.policyFor(type);
        String hash = SecureTokens.hash(refreshToken);
        Optional<String> sessionId = sessionIdOfCurrentToken(hash).or(() ->
                Optional.ofNullable(em.find(RetiredRefreshToken.class, hash)).map(RetiredRefreshToken::sessionId));
        Instant now = clock.instant();
        Optional<LoginSession> found = lockActive(sessionId, now);
        if (found.isEmpty()) {
            audit.recordRefusal(AuditLog.REFRESH_FAILED, null, null, clientIp, "unknown, expired or ended token");
            throw new InvalidRefreshTokenException();
        }
        LoginSession session = found.get();
        Optional<SessionPolicy> policy = policies.find(session.type());
        if (policy.isEmpty()) {
            revoke(List.of(session), RevocationReason.TYPE_REMOVED, now, null);
            throw new InvalidRefreshTokenException();
        }
        if (!session.refreshTokenHash().equals(hash)) {
            return answerRetiredToken(session, policy.get(), requested, refreshToken, clientIp, now);
        }
        if (!session.type().equals(requested.type())) {
            revoke(List.of(session), RevocationReason.SESSION_TYPE_MISMATCH, now, null);
            throw new InvalidRefreshTokenException();
        }
        if (policy.get().updateLastLogin()) {
            session.touch(now);
        }
        session.seen(now, clientIp);
        lastSeen.written(session.id(), clientIp, now);
        SessionLifetime.extendedExpiry(policy.get(), session.createdAt(), session.lastExtendedAt(),
                session.expiresAt(), now).ifPresent(expiry -> session.extendTo(expiry, now));
        String rotated = null;
        if (policy.get().rotateRefreshTokens()) {
            rotated = SecureTokens.successor(keys.rotationSecret(), refreshToken);
            em.persist(new RetiredRefreshToken(hash, session.id(), now));
            session.replaceRefreshToken(SecureTokens.hash(rotated));
        }
        metrics.refresh();
        return issue(session, policy.get(), now, rotated);
    }

    /**
     * A rotated token again: inside the grace window, and while its successor is still the session's current token,
     * the same successor is handed out again (a concurrent refresh); otherwise it is reuse, which ends the session
     * when the policy blacklists after rotation.
     */
    private IssuedTokens answerRetiredToken(LoginSession session, SessionPolicy policy, SessionPolicy requested,
                                            String refreshToken, String clientIp, Instant now) {
        RetiredRefreshToken retired = em.find(RetiredRefreshToken.class, SecureTokens.hash(refreshToken));
        String successor = SecureTokens.successor(keys.rotationSecret(), refreshToken);
        boolean concurrentRefresh = retired != null
                && !now.isAfter(retired.retiredAt().plus(reuseGrace))
                && SecureTokens.hash(successor).equals(session.refreshTokenHash())
                && session.type().equals(requested.type());
        if (concurrentRefresh) {
            return issue(session, policy, now, successor);
        }
        audit.record(AuditLog.REFRESH_TOKEN_REUSE, null, session.owner(), session.id(), clientIp,
                policy.blacklistAfterRotation() ? "session ended" : "refused");
        if (policy.blacklistAfterRotation()) {
            revoke(List.of(session), RevocationReason.REFRESH_TOKEN_REUSE, now, null);
        }
        throw new InvalidRefreshTokenException();
    }

    public List<SessionGroup> list(String owner, String typeSelector) {
        List<String> types = typesSelectedBy(typeSelector);
        Map<String, List<LoginSession>> byType = activeOf(owner, clock.instant()).stream()
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

    /** The user ends one of their own active sessions. */
    public void destroy(String owner, String sessionId) {
        endOne(owner, sessionId, owner, true);
    }

    /**
     * Ends one of {@code owner}'s active sessions for {@code actor} (the owner or an admin); an admin's session only
     * when {@code actorIsSecurityAdmin} (see {@code Privileges}).
     */
    public void endOne(String owner, String sessionId, String actor, boolean actorIsSecurityAdmin) {
        Instant now = clock.instant();
        LoginSession session = lockActive(Optional.of(sessionId), now)
                .filter(candidate -> candidate.owner().equals(owner))
                .orElseThrow(SessionNotFoundException::new);
        requireMayEnd(List.of(session), actorIsSecurityAdmin);
        revoke(List.of(session), RevocationReason.DESTROYED, now, actor);
    }

    public void destroyAllOther(String owner, String currentSessionId, String typeSelector) {
        endAll(owner, typeSelector, currentSessionId, RevocationReason.DESTROYED_BY_OTHER_SESSION, owner, true);
    }

    /**
     * Ends all active sessions of {@code owner} of the selected types, except {@code keep}; an admin's sessions only
     * when {@code actorIsSecurityAdmin} (see {@code Privileges}). Returns how many ended.
     */
    public int endAll(String owner, String typeSelector, String keep, RevocationReason reason, String actor,
                      boolean actorIsSecurityAdmin) {
        Set<String> types = Set.copyOf(typesSelectedBy(typeSelector));
        Instant now = clock.instant();
        List<LoginSession> ending = em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(session -> types.contains(session.type()) && !session.id().equals(keep))
                .toList();
        requireMayEnd(ending, actorIsSecurityAdmin);
        revoke(ending, reason, now, actor);
        return ending.size();
    }

    private static void requireMayEnd(List<LoginSession> sessions, boolean actorIsSecurityAdmin) {
        sessions.forEach(session -> Privileges.requireMayActOn(session.groups(), actorIsSecurityAdmin));
    }

    public void logout(String refreshToken, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        LoginSession session = lockActive(sessionIdOfCurrentToken(SecureTokens.hash(refreshToken)), now)
                .orElseThrow(InvalidRefreshTokenException::new);
        if (logoutEndsAllSessions()) {
            endAll(session.owner(), ALL_TYPES, null, RevocationReason.LOGOUT, session.owner(), true);
        } else {
            revoke(List.of(session), RevocationReason.LOGOUT, now, session.owner());
        }
    }

    /** django-single-session's {@code LOGOUT_ALL_SESSIONS}; read on each logout, so it changes without a restart. */
    private boolean logoutEndsAllSessions() {
        return config.getOptionalValue("multisession.logout.all-sessions", Boolean.class).orElse(false);
    }

    /** Disabling, deleting or re-passwording an account ends its sessions in the same transaction. */
    public void onAccountChanged(@Observes AccountChanged change) {
        if (change.endSessions()) {
            endAll(change.username(), ALL_TYPES, null, RevocationReason.ACCOUNT_CHANGED, change.actor(), true);
        }
    }

    /** Writes a session's last use (at most once per accuracy window, see {@code LastSeen}), off the request thread. */
    @Asynchronous
    public void recordSeen(String sessionId, String clientIp, Instant at) {
        em.createNamedQuery(LoginSession.RECORD_SEEN).setParameter("id", sessionId).setParameter("ip", clientIp)
                .setParameter("at", at).executeUpdate();
    }

    /**
     * Deletes up to {@code limit} sessions that expired before {@code expiredCutoff} or were revoked before
     * {@code revokedCutoff}, with their retired refresh tokens, in a transaction of its own; returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(Instant expiredCutoff, Instant revokedCutoff, int limit) {
        List<String> ids = new ArrayList<>(em.createNamedQuery(LoginSession.EXPIRED_BEFORE, String.class)
                .setParameter("cutoff", expiredCutoff).setMaxResults(limit).getResultList());
        if (ids.size() < limit) {
            ids.addAll(em.createNamedQuery(LoginSession.REVOKED_BEFORE, String.class)
                    .setParameter("cutoff", revokedCutoff).setMaxResults(limit - ids.size()).getResultList());
        }
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> distinct = ids.stream().distinct().toList();
        em.createNamedQuery(RetiredRefreshToken.DELETE_OF_SESSIONS).setParameter("ids", distinct).executeUpdate();
        return em.createNamedQuery(LoginSession.DELETE_BY_IDS).setParameter("ids", distinct).executeUpdate();
    }

    /** Active sessions per type, for the metrics gauge. */
    public Map<String, Long> countActiveByType() {
        return em.createNamedQuery(LoginSession.COUNT_ACTIVE_BY_TYPE, Object[].class)
                .setParameter("now", clock.instant()).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
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
                .ifPresent(session -> revoke(List.of(session), RevocationReason.TOKEN_REVOKED, now, null));
    }

    /** RFC 7009 revocation by access token: ends the token's session. */
    public void revokeSession(String sessionId, Optional<String> secretKey) {
        clientSecret.verify(secretKey);
        Instant now = clock.instant();
        lockActive(Optional.of(sessionId), now)
                .ifPresent(session -> revoke(List.of(session), RevocationReason.TOKEN_REVOKED, now, null));
    }

    private List<LoginSession> activeOf(String owner, Instant now) {
        return em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now).getResultList();
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

    private void revoke(List<LoginSession> sessions, RevocationReason reason, Instant now, String actor) {
        if (sessions.isEmpty()) {
            return;
        }
        for (LoginSession session : sessions) {
            session.revoke(now, reason);
            audit.record(AuditLog.SESSION_REVOKED, actor, session.owner(), session.id(), null, reason.name());
        }
        revocations.fire(new SessionsRevoked(sessions.stream().map(LoginSession::id).toList(),
                now.plus(policies.longestAccessTokenLifetime())));
        metrics.revoked(reason.name(), sessions.size());
    }

    /**
     * {@code user}, which every authenticated caller holds, then the identity store's groups whose names are valid
     * (others are dropped, never split).
     */
    private static List<String> groupsOf(CredentialValidationResult caller) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        groups.addAll(GroupNames.validOf(caller.getCallerGroups(), caller.getCallerPrincipal().getName()));
        return List.copyOf(groups);
    }
}
