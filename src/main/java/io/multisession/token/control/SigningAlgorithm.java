package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.Provider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The algorithms our tokens are signed with, and what each means for a key: RS256 with a 2048-bit RSA key (the
 * default; every MP-JWT server verifies it without configuration) or ES256 with a P-256 key (a signature costs a
 * quarter of RS256's, signed through Bouncy Castle, which is twice as fast as the JDK 17 provider; a verification, at
 * resource apps, 25 times more: see docs/benchmarks.md). A key's algorithm follows from its type, so keys carry no
 * {@code alg} member: SmallRye JWT would treat a key whose {@code alg} differs from its configured one as unknown.
 */
public enum SigningAlgorithm {

    RS256(JWSAlgorithm.RS256),
    ES256(JWSAlgorithm.ES256);

    /** An instance of the provider, not registered with the JDK: only our ES256 signers use it. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final JWSAlgorithm jws;

    SigningAlgorithm(JWSAlgorithm jws) {
        this.jws = jws;
    }

    public JWSAlgorithm jws() {
        return jws;
    }

    /** {@code multisession.jwt.algorithm}'s value, in any case. */
    public static SigningAlgorithm named(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(algorithm -> algorithm.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "multisession.jwt.algorithm must be RS256 or ES256, not '" + name + "'"));
    }

    /** The algorithm a key of ours signs with: RS256 for RSA, ES256 for P-256; empty for any other key. */
    public static Optional<SigningAlgorithm> of(JWK key) {
        if (key instanceof RSAKey) {
            return Optional.of(RS256);
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return Optional.of(ES256);
        }
        return Optional.empty();
    }

    /** A new private key for this algorithm, its id the thumbprint of its public part (RFC 7638). */
    public JWK generate() {
        try {
            return switch (this) {
                case RS256 -> new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
                case ES256 -> new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true)
                        .generate();
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(this + " key generation is not available", e);
        }
    }

    public static JWSSigner signerFor(JWK privateKey) {
        try {
            if (privateKey instanceof ECKey ec) {
                ECDSASigner signer = new ECDSASigner(ec);
                signer.getJCAContext().setProvider(BOUNCY_CASTLE);
                return signer;
            }
            return new RSASSASigner(privateKey.toRSAKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + privateKey.getKeyID(), e);
        }
    }

    public static JWSVerifier verifierFor(JWK publicKey) throws JOSEException {
        return publicKey instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier(publicKey.toRSAKey());
    }
}
