package io.multisession.audit.control;

import io.multisession.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. A change is audited in the transaction that makes it, so the log never shows a
 * change that was rolled back; a refusal (failed login, refresh failure) is audited in a transaction of its own,
 * because the refused request rolls back.
 */
@ApplicationScoped
public class AuditLog {

    static final int MAX_DETAIL = 512;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** In the caller's transaction: the event stands or falls with the change it records. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Audited event) {
        em.persist(new AuditEvent(clock.instant(), event.type().name(), event.actor(), event.subject(),
                event.sessionId(), event.clientIp(), truncate(event.detail())));
    }

    /** In a transaction of its own: the request that was refused rolls back, its refusal stays on record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Audited event) {
        record(event);
    }

    /**
     * Up to {@code limit} events from {@code offset} on, newest first, that pass the filter. The query is put together
     * from fixed clauses; what the admin typed goes in as parameters only.
     */
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        filter.user().ifPresent(user -> jpql.append(" AND e.subject = :user"));
        filter.type().ifPresent(type -> jpql.append(" AND e.type = :type"));
        filter.from().ifPresent(from -> jpql.append(" AND e.at >= :from"));
        filter.to().ifPresent(to -> jpql.append(" AND e.at < :to"));
        TypedQuery<AuditEvent> query = em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEvent.class);
        filter.user().ifPresent(user -> query.setParameter("user", user));
        filter.type().ifPresent(type -> query.setParameter("type", type.name()));
        filter.from().ifPresent(from -> query.setParameter("from", from));
        filter.to().ifPresent(to -> query.setParameter("to", to));
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
