package io.multisession.token.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.multisession.token.control.PublishedKeyConfigSource;
import io.multisession.token.control.RsaKeys;
import io.multisession.token.entity.KeyMaterial;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the keys, loaded once at start: the RSA key that signs access tokens (configured, or generated on first start
 * and kept in the database) and the secret from which rotated refresh tokens are derived. Fields are written only in
 * {@link #start()}, before the container lets any caller in, so readers need no lock.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());
    private static final int ROTATION_SECRET_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.jwt.signing-key")
    Optional<String> configuredSigningKey;

    private RSAKey signingKey;
    private JWSSigner signer;
    private byte[] rotationSecret;

    @PostConstruct
    void start() {
        signingKey = configuredSigningKey.map(RsaKeys::fromPem).orElseGet(this::storedOrGeneratedSigningKey);
        try {
            signer = new RSASSASigner(signingKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the access token key", e);
        }
        rotationSecret = Base64.getDecoder().decode(storedOrGenerated(KeyMaterial.REFRESH_ROTATION_SECRET, () -> {
            byte[] secret = new byte[ROTATION_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            return new KeyMaterial(KeyMaterial.REFRESH_ROTATION_SECRET, "hmac",
                    Base64.getEncoder().encodeToString(secret), clock.instant());
        }).encoded());
        PublishedKeyConfigSource.publish(new JWKSet(signingKey.toPublicJWK()).toString());
        LOG.info(() -> "Access tokens are signed with key " + signingKey.getKeyID()
                + (configuredSigningKey.isPresent() ? " (configured)" : " (generated, kept in the database)"));
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    public JWSSigner signer() {
        return signer;
    }

    public byte[] rotationSecret() {
        return rotationSecret.clone();
    }

    private RSAKey storedOrGeneratedSigningKey() {
        KeyMaterial stored = storedOrGenerated(KeyMaterial.ACCESS_TOKEN_SIGNING_KEY, () -> {
            RSAKey generated = RsaKeys.generate();
            return new KeyMaterial(KeyMaterial.ACCESS_TOKEN_SIGNING_KEY, generated.getKeyID(),
                    RsaKeys.encode(generated), clock.instant());
        });
        return RsaKeys.decode(stored.encoded());
    }

    private KeyMaterial storedOrGenerated(String name, java.util.function.Supplier<KeyMaterial> generator) {
        KeyMaterial stored = em.find(KeyMaterial.class, name);
        if (stored != null) {
            return stored;
        }
        KeyMaterial generated = generator.get();
        em.persist(generated);
        return generated;
    }
}
