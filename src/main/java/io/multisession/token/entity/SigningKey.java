package io.multisession.token.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A generated access-token signing key. It is published from creation, signs from {@code signsFrom} until
 * {@code signsUntil} (open while it is the newest), and stays published until {@code publishedUntil}, after the last
 * token it signed has expired. {@code encoded} is the private key as {@code PrivateKeys} stores it.
 */
@Entity
@Table(name = "SIGNING_KEY")
@NamedQuery(name = SigningKey.ALL, query = "SELECT k FROM SigningKey k ORDER BY k.signsFrom")
public class SigningKey {

    public static final String ALL = "SigningKey.all";

    @Id
    @Column(name = "KEY_ID", length = 64)
    private String keyId;

    @Column(length = 8192, nullable = false)
    private String encoded;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "SIGNS_FROM", nullable = false)
    private Instant signsFrom;

    @Column(name = "SIGNS_UNTIL")
    private Instant signsUntil;

    @Column(name = "PUBLISHED_UNTIL")
    private Instant publishedUntil;

    protected SigningKey() {
    }

    public SigningKey(String keyId, String encoded, Instant createdAt, Instant signsFrom) {
        this.keyId = keyId;
        this.encoded = encoded;
        this.createdAt = createdAt;
        this.signsFrom = signsFrom;
    }

    public void retire(Instant signsUntil, Instant publishedUntil) {
        this.signsUntil = signsUntil;
        this.publishedUntil = publishedUntil;
    }

    public String encoded() {
        return encoded;
    }

    public Instant signsFrom() {
        return signsFrom;
    }

    public Instant signsUntil() {
        return signsUntil;
    }

    public Instant publishedUntil() {
        return publishedUntil;
    }
}
