package io.multisession.backchannel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A logout token owed to a realm client for an ended session, until the client acknowledges it. */
@Entity
@Table(name = "PENDING_LOGOUT")
@SequenceGenerator(name = "PENDING_LOGOUT_SEQ", sequenceName = "PENDING_LOGOUT_SEQ", allocationSize = 50)
@NamedQuery(name = PendingLogout.DUE,
        query = "SELECT p FROM PendingLogout p WHERE p.nextAttemptAt <= :now ORDER BY p.nextAttemptAt")
@NamedQuery(name = PendingLogout.CLAIM,
        query = "UPDATE PendingLogout p SET p.nextAttemptAt = :leaseUntil, p.attempts = p.attempts + 1"
                + " WHERE p.id = :id AND p.nextAttemptAt = :seen")
@NamedQuery(name = PendingLogout.RETRY,
        query = "UPDATE PendingLogout p SET p.nextAttemptAt = :nextAttemptAt, p.lastError = :error WHERE p.id = :id")
@NamedQuery(name = PendingLogout.DELETE,
        query = "DELETE FROM PendingLogout p WHERE p.id = :id")
public class PendingLogout {

    public static final String DUE = "PendingLogout.due";
    public static final String CLAIM = "PendingLogout.claim";
    public static final String RETRY = "PendingLogout.retry";
    public static final String DELETE = "PendingLogout.delete";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PENDING_LOGOUT_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 100, nullable = false)
    private String clientId;

    @Column(name = "SESSION_ID", length = 32, nullable = false)
    private String sessionId;

    @Column(name = "SUBJECT", length = 150, nullable = false)
    private String subject;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "LAST_ERROR", length = 200)
    private String lastError;

    protected PendingLogout() {
    }

    public PendingLogout(String clientId, String sessionId, String subject, Instant createdAt) {
        this.clientId = clientId;
        this.sessionId = sessionId;
        this.subject = subject;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** Attempts made before the one being made now. */
    public int attempts() {
        return attempts;
    }
}
