package io.multisession.token.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.multisession.token.control.KeyRotationByConfigException;
import io.multisession.token.control.KeySchedule;
import io.multisession.token.control.KeySchedule.ScheduledKey;
import io.multisession.token.control.PublishedKeyConfigSource;
import io.multisession.token.control.RsaKeys;
import io.multisession.token.entity.KeyMaterial;
import io.multisession.token.entity.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The keys: which RSA key signs access tokens now, which public keys are published (to MP-JWT here and as JWKS to
 * resource apps), and the secret from which rotated refresh tokens are derived.
 * <p>
 * Generated keys live in the database and rotate by admin action or every {@code multisession.jwt.rotation-interval};
 * a configured {@code multisession.jwt.signing-key} takes precedence and rotates by config, with
 * {@code multisession.jwt.additional-public-keys} publishing the next and previous keys. Keys and config are re-read
 * every ten seconds, so a rotation on another instance or in config arrives without a restart.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());
    private static final int ROTATION_SECRET_BYTES = 32;

    /** The key that signs, with its signer. */
    public record Signing(RSAKey key, JWSSigner signer) {
    }

    private record Keys(Optional<RSAKey> configured, List<RSAKey> additionalPublic, List<ScheduledKey> generated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Config config;

    private final Map<String, JWSSigner> signers = new ConcurrentHashMap<>();
    private volatile Keys keys;
    private volatile byte[] rotationSecret;

    @PostConstruct
    void start() {
        rotationSecret = Base64.getDecoder().decode(storedRotationSecret().encoded());
        reload();
        if (keys.configured().isEmpty() && KeySchedule.signingAt(keys.generated(), clock.instant()).isEmpty()) {
            RSAKey first = RsaKeys.generate();
            em.persist(new SigningKey(first.getKeyID(), RsaKeys.encode(first), clock.instant(), clock.instant()));
            reload();
        }
        LOG.info(() -> "Access tokens are signed with key " + signing(clock.instant()).key().getKeyID()
                + (keys.configured().isPresent() ? " (configured)" : " (generated, kept in the database)"));
    }

    /** Re-reads keys and config; rotates generated keys when {@code multisession.jwt.rotation-interval} is due. */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void maintain() {
        try {
            rotateWhenDueOrReload();
        } catch (IllegalArgumentException invalidConfig) {
            LOG.warning(invalidConfig.getMessage() + "; keeping the keys in use");
        }
    }

    private void rotateWhenDueOrReload() {
        Optional<Duration> interval = config.getOptionalValue("multisession.jwt.rotation-interval", Duration.class);
        if (interval.isPresent() && keys.configured().isEmpty()
                && KeySchedule.rotationDue(keys.generated(), clock.instant(), interval.get())) {
            rotate();
            return;
        }
        reload();
    }

    /**
     * Starts a new generated key: published now, signing after {@code multisession.jwt.publish-ahead}; the keys it
     * replaces stop signing then and stay published for {@code multisession.jwt.key-retention}.
     *
     * @return the new key's id
     */
    public String rotate() {
        if (keys.configured().isPresent()) {
            throw new KeyRotationByConfigException();
        }
        Instant now = clock.instant();
        KeySchedule.Rotation rotation = KeySchedule.rotation(now, duration("multisession.jwt.publish-ahead", "PT10M"),
                duration("multisession.jwt.key-retention", "PT24H"));
        for (SigningKey open : em.createNamedQuery(SigningKey.ALL, SigningKey.class).getResultList()) {
            if (open.signsUntil() == null || open.signsUntil().isAfter(rotation.replacedSignUntil())) {
                open.retire(rotation.replacedSignUntil(), rotation.replacedPublishedUntil());
            }
        }
        RSAKey next = RsaKeys.generate();
        em.persist(new SigningKey(next.getKeyID(), RsaKeys.encode(next), now, rotation.newKeySignsFrom()));
        em.flush();
        reload();
        LOG.info(() -> "Rotating to key " + next.getKeyID() + ", signing from " + rotation.newKeySignsFrom());
        return next.getKeyID();
    }

    public Signing signing(Instant now) {
        Keys current = keys;
        RSAKey key = current.configured().orElseGet(() -> KeySchedule.signingAt(current.generated(), now)
                .orElseThrow(() -> new IllegalStateException("No signing key in its signing window")).key());
        return new Signing(key, signers.computeIfAbsent(key.getKeyID(), kid -> signerFor(key)));
    }

    /** The public keys tokens may be verified with now. */
    public JWKSet published(Instant now) {
        Keys current = keys;
        List<JWK> published = new ArrayList<>();
        current.configured().ifPresent(key -> published.add(key.toPublicJWK()));
        published.addAll(current.additionalPublic());
        KeySchedule.publishedAt(current.generated(), now).forEach(key -> published.add(key.key().toPublicJWK()));
        return new JWKSet(published);
    }

    public byte[] rotationSecret() {
        return rotationSecret.clone();
    }

    private void reload() {
        Optional<RSAKey> configured = config.getOptionalValue("multisession.jwt.signing-key", String.class)
                .map(RsaKeys::fromPem);
        List<RSAKey> additional = config.getOptionalValue("multisession.jwt.additional-public-keys", String.class)
                .map(KeyRing::publicKeys).orElse(List.of());
        List<ScheduledKey> generated = em.createNamedQuery(SigningKey.ALL, SigningKey.class).getResultList().stream()
                .map(stored -> new ScheduledKey(RsaKeys.decode(stored.encoded()), stored.signsFrom(),
                        stored.signsUntil(), stored.publishedUntil()))
                .toList();
        keys = new Keys(configured, additional, generated);
        PublishedKeyConfigSource.publish(published(clock.instant()).toString());
    }

    private static List<RSAKey> publicKeys(String jwks) {
        try {
            return JWKSet.parse(jwks).getKeys().stream().map(jwk -> jwk.toRSAKey().toPublicJWK()).toList();
        } catch (ParseException | IllegalStateException e) {
            throw new IllegalArgumentException("multisession.jwt.additional-public-keys is not a JWKS of RSA keys", e);
        }
    }

    private Duration duration(String key, String defaultValue) {
        return Duration.parse(config.getOptionalValue(key, String.class).orElse(defaultValue));
    }

    private static JWSSigner signerFor(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.getKeyID(), e);
        }
    }

    private KeyMaterial storedRotationSecret() {
        KeyMaterial stored = em.find(KeyMaterial.class, KeyMaterial.REFRESH_ROTATION_SECRET);
        if (stored != null) {
            return stored;
        }
        byte[] secret = new byte[ROTATION_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        KeyMaterial generated = new KeyMaterial(KeyMaterial.REFRESH_ROTATION_SECRET, "hmac",
                Base64.getEncoder().encodeToString(secret), clock.instant());
        em.persist(generated);
        return generated;
    }
}
