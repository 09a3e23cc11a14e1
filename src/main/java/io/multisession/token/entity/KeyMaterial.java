package io.multisession.token.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A generated secret, kept so that it survives a restart. {@code encoded} is Base64. */
@Entity
@Table(name = "KEY_MATERIAL")
public class KeyMaterial {

    public static final String REFRESH_ROTATION_SECRET = "refresh-rotation-secret";

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "KEY_ID", length = 64, nullable = false)
    private String keyId;

    @Column(length = 8192, nullable = false)
    private String encoded;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected KeyMaterial() {
    }

    public KeyMaterial(String name, String keyId, String encoded, Instant createdAt) {
        this.name = name;
        this.keyId = keyId;
        this.encoded = encoded;
        this.createdAt = createdAt;
    }

    public String encoded() {
        return encoded;
    }
}
