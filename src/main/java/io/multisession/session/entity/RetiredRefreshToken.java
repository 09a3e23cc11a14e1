package io.multisession.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refresh token replaced by rotation, kept (as a hash) to recognise its reuse. */
@Entity
@Table(name = "RETIRED_REFRESH_TOKEN", indexes = @Index(name = "RETIRED_REFRESH_SESSION", columnList = "SESSION_ID"))
@NamedQuery(name = RetiredRefreshToken.DELETE_OF_SESSIONS,
        query = "DELETE FROM RetiredRefreshToken r WHERE r.sessionId IN :ids")
public class RetiredRefreshToken {

    public static final String DELETE_OF_SESSIONS = "RetiredRefreshToken.deleteOfSessions";

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "SESSION_ID", length = 32, nullable = false)
    private String sessionId;

    @Column(name = "RETIRED_AT", nullable = false)
    private Instant retiredAt;

    protected RetiredRefreshToken() {
    }

    public RetiredRefreshToken(String tokenHash, String sessionId, Instant retiredAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.retiredAt = retiredAt;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
