package io.multisession.audit.boundary;

import io.multisession.audit.entity.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. A change is audited in the transaction that makes it, so the log never shows a
 * change that was rolled back; a refusal (failed login, refresh failure) is audited in a transaction of its own,
 * because the refused request rolls back.
 */
@Stateless
public class AuditLog {

    /** Event types. */
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String REFRESH_FAILED = "REFRESH_FAILED";
    public static final String REFRESH_TOKEN_REUSE = "REFRESH_TOKEN_REUSE";
    public static final String SESSION_REVOKED = "SESSION_REVOKED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_DELETED = "USER_DELETED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String GROUPS_CHANGED = "GROUPS_CHANGED";
    public static final String KEY_ROTATED = "KEY_ROTATED";

    static final int MAX_DETAIL = 512;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String type, String actor, String subject, String sessionId, String clientIp, String detail) {
        em.persist(new AuditEvent(clock.instant(), type, actor, subject, sessionId, clientIp, truncate(detail)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String type, String actor, String subject, String clientIp, String detail) {
        record(type, actor, subject, null, clientIp, detail);
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
