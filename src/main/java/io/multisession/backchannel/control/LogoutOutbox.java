package io.multisession.backchannel.control;

import io.multisession.backchannel.entity.PendingLogout;
import io.multisession.oauth.control.IntrospectionClients;
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
import java.util.Set;

/**
 * The logout tokens owed to realm clients, in the database: a row per ended session and client with a
 * back-channel logout URI, written in the transaction that ends the session, so a revocation that commits owes its
 * notices even if the service dies the next moment. A sender claims a row before it sends (other instances then
 * skip it until the claim lapses) and deletes it once the client acknowledged.
 */
@ApplicationScoped
public class LogoutOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    IntrospectionClients clients;

    @Inject
    Clock clock;

    /** Synchronous, so the rows commit or roll back with the revocation itself. */
    void enqueue(@Observes SessionsRevoked event) {
        Set<String> receivers = clients.backchannelLogoutUris().keySet();
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (SessionsRevoked.EndedSession session : event.sessions()) {
            receivers.forEach(client -> em.persist(new PendingLogout(client, session.id(), session.owner(), now)));
        }
    }

    /** Up to {@code limit} rows due now, the longest waiting first. */
    @Transactional
    public List<PendingLogout> due(Instant now, int limit) {
        return em.createNamedQuery(PendingLogout.DUE, PendingLogout.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Takes a due row for one attempt, until {@code leaseUntil}; false if another sender took it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(PendingLogout due, Instant leaseUntil) {
        return em.createNamedQuery(PendingLogout.CLAIM).setParameter("leaseUntil", leaseUntil)
                .setParameter("id", due.id()).setParameter("seen", due.nextAttemptAt()).executeUpdate() == 1;
    }

    /** The client acknowledged, or it is given up on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(long id) {
        em.createNamedQuery(PendingLogout.DELETE).setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryAt(long id, Instant nextAttemptAt, String error) {
        em.createNamedQuery(PendingLogout.RETRY).setParameter("id", id).setParameter("nextAttemptAt", nextAttemptAt)
                .setParameter("error", error.length() > 200 ? error.substring(0, 200) : error).executeUpdate();
    }
}
