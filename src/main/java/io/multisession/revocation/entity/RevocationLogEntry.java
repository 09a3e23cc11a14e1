package io.multisession.revocation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One ended session in the revocation log: until when access tokens of it could still be presented. */
@Entity
@Table(name = "REVOCATION_LOG")
@SequenceGenerator(name = "REVOCATION_LOG_SEQ", sequenceName = "REVOCATION_LOG_SEQ", allocationSize = 50)
@NamedQuery(name = RevocationLogEntry.REVOKED_SINCE,
        query = "SELECT e FROM RevocationLogEntry e WHERE e.revokedAt > :since")
@NamedQuery(name = RevocationLogEntry.FEED_PAGE,
        query = "SELECT e FROM RevocationLogEntry e WHERE e.revokedAt >= :revokedAt"
                + " AND (e.revokedAt > :revokedAt OR e.id > :id) AND e.tokensValidUntil > :now"
                + " ORDER BY e.revokedAt, e.id")
@NamedQuery(name = RevocationLogEntry.DELETE_EXPIRED,
        query = "DELETE FROM RevocationLogEntry e WHERE e.tokensValidUntil < :cutoff")
public class RevocationLogEntry {
    // FEED_PAGE leads with a plain range on REVOKED_AT so that the database reads only what is after the cursor by
    // that index; with the OR alone, H2 scanned every entry still valid, and a poll cost grew with the revoked set.

    public static final String REVOKED_SINCE = "RevocationLogEntry.revokedSince";
    public static final String FEED_PAGE = "RevocationLogEntry.feedPage";
    public static final String DELETE_EXPIRED = "RevocationLogEntry.deleteExpired";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "REVOCATION_LOG_SEQ")
    private Long id;

    @Column(name = "SESSION_ID", length = 32, nullable = false)
    private String sessionId;

    @Column(name = "REVOKED_AT", nullable = false)
    private Instant revokedAt;

    @Column(name = "TOKENS_VALID_UNTIL", nullable = false)
    private Instant tokensValidUntil;

    protected RevocationLogEntry() {
    }

    public RevocationLogEntry(String sessionId, Instant revokedAt, Instant tokensValidUntil) {
        this.sessionId = sessionId;
        this.revokedAt = revokedAt;
        this.tokensValidUntil = tokensValidUntil;
    }

    public long id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant tokensValidUntil() {
        return tokensValidUntil;
    }
}
