package io.multisession.revocation.control;

import io.multisession.revocation.entity.RevocationLogEntry;
import io.multisession.session.control.SessionsRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The revocation log in the database: every ended session is appended in the transaction that ends it, and kept
 * until its access tokens have expired. Instances sharing the database follow it ({@code RevocationFollower}), so a
 * cluster needs no shared cache.
 */
@ApplicationScoped
public class RevocationLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Synchronous, so the entries commit or roll back with the revocation itself. Stamped now, when the revoking
     * transaction is about to commit, rather than when its use case began (it may have waited for locks since).
     */
    void append(@Observes SessionsRevoked event) {
        Instant now = clock.instant();
        event.sessionIds().forEach(id -> em.persist(new RevocationLogEntry(id, now, event.accessTokensUntil())));
    }

    /** What was revoked after {@code since}. */
    public List<RevocationLogEntry> revokedSince(Instant since) {
        return em.createNamedQuery(RevocationLogEntry.REVOKED_SINCE, RevocationLogEntry.class)
                .setParameter("since", since).getResultList();
    }

    /**
     * Up to {@code limit} entries after the cursor's position whose access tokens may still be presented, in the
     * order of the feed.
     */
    public List<RevocationLogEntry> feedPage(FeedCursor cursor, Instant now, int limit) {
        return em.createNamedQuery(RevocationLogEntry.FEED_PAGE, RevocationLogEntry.class)
                .setParameter("now", now).setParameter("revokedAt", cursor.revokedAt()).setParameter("id", cursor.id())
                .setMaxResults(limit).getResultList();
    }

    /** Deletes the entries whose tokens have all expired before {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(Instant cutoff) {
        return em.createNamedQuery(RevocationLogEntry.DELETE_EXPIRED).setParameter("cutoff", cutoff).executeUpdate();
    }
}
