package io.multisession.session.control;

import io.multisession.session.entity.LoginChannel;
import io.multisession.session.entity.LoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The session rows: the named queries and the locked lookups. Every state change of a session happens under its
 * row lock ({@link #lockActive}, {@link #lockActiveOf}), so parallel requests cannot mint two successors of one
 * refresh token or revive an ended session.
 */
@ApplicationScoped
public class SessionStore {

    @PersistenceContext
    EntityManager em;

    public void add(LoginSession session) {
        em.persist(session);
    }

    /** The user's active sessions, least recently updated first: the order in which the limit ends them. */
    public List<LoginSession> activeOf(String owner, Instant now) {
        return em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now).getResultList();
    }

    /** Up to {@code limit} active sessions of every user that came in through {@code channel}, oldest first. */
    public List<LoginSession> activeThrough(LoginChannel channel, Instant now, int limit) {
        return em.createNamedQuery(LoginSession.ACTIVE_OF_CHANNEL, LoginSession.class)
                .setParameter("channel", channel).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    public List<LoginSession> activeOf(String owner, String type, Instant now) {
        return em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER_AND_TYPE, LoginSession.class)
                .setParameter("owner", owner).setParameter("type", type).setParameter("now", now).getResultList();
    }

    /** The user's active sessions, each locked for the rest of the transaction. */
    public List<LoginSession> lockActiveOf(String owner, Instant now) {
        return em.createNamedQuery(LoginSession.ACTIVE_OF_OWNER, LoginSession.class)
                .setParameter("owner", owner).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The session, locked for the rest of the transaction, if it is still active once the lock is held. */
    public Optional<LoginSession> lockActive(String sessionId, Instant now) {
        return Optional.ofNullable(em.find(LoginSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .filter(session -> session.isActive(now));
    }

    public Optional<LoginSession> active(String sessionId, Instant now) {
        return Optional.ofNullable(em.find(LoginSession.class, sessionId)).filter(session -> session.isActive(now));
    }

    /** The id of the session whose current refresh token has this hash. */
    public Optional<String> idByRefreshHash(String hash) {
        return em.createNamedQuery(LoginSession.ID_BY_REFRESH_HASH, String.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** The session whose current refresh token this is, locked, if it is still active once the lock is held. */
    public Optional<LoginSession> lockActiveByRefreshToken(String refreshToken, Instant now) {
        return idByRefreshHash(SecureTokens.hash(refreshToken)).flatMap(id -> lockActive(id, now));
    }

    /**
     * The session whose current refresh token has this hash or, failing that, whose token replaced last by rotation
     * has it, if active; in one statement each, locked for the rest of the transaction if asked. Under the lock the
     * row may already hold another token (a parallel rotation won the lock first): callers compare.
     */
    public Optional<LoginSession> byRefreshHash(String hash, Instant now, boolean lock) {
        return first(LoginSession.BY_REFRESH_HASH, hash, lock)
                .or(() -> first(LoginSession.BY_PREVIOUS_REFRESH_HASH, hash, lock))
                .filter(session -> session.isActive(now));
    }

    /** The active session, locked, whose current or previous refresh token has one of these hashes. */
    public Optional<LoginSession> lockActiveByAnyRefreshHash(List<String> hashes, Instant now) {
        return em.createNamedQuery(LoginSession.BY_ANY_REFRESH_HASH, LoginSession.class).setParameter("hashes", hashes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(session -> session.isActive(now)).findFirst();
    }

    private Optional<LoginSession> first(String query, String hash, boolean lock) {
        TypedQuery<LoginSession> sessions = em.createNamedQuery(query, LoginSession.class).setParameter("hash", hash);
        if (lock) {
            sessions.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return sessions.getResultStream().findFirst();
    }

    /** Locks a session read without a lock, reading it again; empty if it ended or went meanwhile. */
    public Optional<LoginSession> lock(LoginSession session, Instant now) {
        try {
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException gone) {
            return Optional.empty();
        }
        return Optional.of(session).filter(locked -> locked.isActive(now));
    }

    public void recordSeen(String sessionId, String clientIp, Instant at) {
        em.createNamedQuery(LoginSession.RECORD_SEEN).setParameter("id", sessionId).setParameter("ip", clientIp)
                .setParameter("at", at).executeUpdate();
    }

    /** Sessions revoked after {@code since}, with when: what the in-memory revocation view needs after a start. */
    public Map<String, Instant> revokedSince(Instant since) {
        return em.createNamedQuery(LoginSession.REVOKED_SINCE, Object[].class).setParameter("since", since)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Instant) row[1], (a, b) -> a));
    }

    /** Active sessions per type, for the metrics gauge. */
    public Map<String, Long> countActiveByType(Instant now) {
        return em.createNamedQuery(LoginSession.COUNT_ACTIVE_BY_TYPE, Object[].class)
                .setParameter("now", now).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /**
     * Deletes up to {@code limit} sessions that expired before {@code expiredCutoff} or were revoked before
     * {@code revokedCutoff}, with their groups, in a transaction of its own; returns how
     * many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
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
        return em.createNamedQuery(LoginSession.DELETE_BY_IDS).setParameter("ids", distinct).executeUpdate();
    }
}
