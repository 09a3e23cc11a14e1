package io.multisession.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited event. {@code actor} did {@code type} to {@code subject} (a user), optionally one session of theirs. */
@Entity
@Table(name = "AUDIT_EVENT", indexes = @Index(name = "AUDIT_EVENT_SUBJECT", columnList = "SUBJECT, ID"))
@SequenceGenerator(name = "AUDIT_EVENT_SEQ", sequenceName = "AUDIT_EVENT_SEQ", allocationSize = 50)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_EVENT_SEQ")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;

    @Column(name = "EVENT_TYPE", length = 48, nullable = false)
    private String type;

    @Column(length = 150)
    private String actor;

    @Column(length = 150)
    private String subject;

    @Column(name = "SESSION_ID", length = 32)
    private String sessionId;

    @Column(name = "CLIENT_IP", length = 45)
    private String clientIp;

    @Column(length = 512)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String type, String actor, String subject, String sessionId, String clientIp,
                      String detail) {
        this.at = at;
        this.type = type;
        this.actor = actor;
        this.subject = subject;
        this.sessionId = sessionId;
        this.clientIp = clientIp;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String subject() {
        return subject;
    }

    public String sessionId() {
        return sessionId;
    }

    public String clientIp() {
        return clientIp;
    }

    public String detail() {
        return detail;
    }
}
