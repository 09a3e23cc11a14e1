package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.multisession.token.control.KeySchedule.ScheduledKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys in force, in memory: which key (RSA or P-256, see {@link SigningAlgorithm}) signs now, which public keys
 * are published (to our own MP-JWT and, as JWKS, to resource apps), and the secret that derives rotated refresh
 * tokens. The key ring loads them; everything that signs or verifies reads them here, without a database query.
 */
@ApplicationScoped
public class SigningKeys {

    /** The key that signs, with its signer and algorithm. */
    public record Signing(JWK key, JWSSigner signer, SigningAlgorithm algorithm) {
    }

    /** A configured signing key (which wins), further published keys, and the generated keys with their schedule. */
    public record Keys(Optional<JWK> configured, List<JWK> additionalPublic, List<ScheduledKey> generated) {
    }

    private final Map<String, JWSSigner> signers = new ConcurrentHashMap<>();
    private volatile Keys keys = new Keys(Optional.empty(), List.of(), List.of());
    private volatile byte[] rotationSecret;

    /** Puts {@code current} in force and publishes its public keys to MP-JWT. */
    public void replace(Keys current, byte[] secret, Instant now) {
        keys = current;
        rotationSecret = secret.clone();
        // RS256 until a key signs: the key ring generates one right after a start that finds none
        SigningAlgorithm algorithm = current.configured()
                .or(() -> KeySchedule.signingAt(current.generated(), now).map(ScheduledKey::key))
                .flatMap(SigningAlgorithm::of).orElse(SigningAlgorithm.RS256);
        PublishedKeyConfigSource.publish(published(now).toString(), algorithm);
    }

    public Keys current() {
        return keys;
    }

    public Signing signing(Instant now) {
        Keys current = keys;
        JWK key = current.configured().orElseGet(() -> KeySchedule.signingAt(current.generated(), now)
                .orElseThrow(() -> new IllegalStateException("No signing key in its signing window")).key());
        return new Signing(key, signers.computeIfAbsent(key.getKeyID(), kid -> SigningAlgorithm.signerFor(key)),
                SigningAlgorithm.of(key).orElseThrow());
    }

    /**
     * Signs {@code claims} as a JWT of the given {@code typ} with the key that signs at {@code now} (its algorithm, its
     * {@code kid}): our access tokens and back-channel logout tokens alike, so any holder of the JWKS verifies both.
     */
    public String sign(JWTClaimsSet claims, JOSEObjectType type, Instant now) {
        Signing signing = signing(now);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(signing.algorithm().jws()).type(type)
                .keyID(signing.key().getKeyID()).build(), claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Token signing failed", e);
        }
        return jwt.serialize();
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
}
