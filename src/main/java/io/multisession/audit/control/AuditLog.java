package io.multisession.audit.control;

import io.multisession.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** One page of events, newest first, optionally of one subject user. */
    public List<AuditEvent> page(String subject, int page, int size) {
        var query = subject == null
                ? em.createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                : em.createNamedQuery(AuditEvent.OF_SUBJECT_NEWEST_FIRST, AuditEvent.class).setParameter("subject", subject);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
