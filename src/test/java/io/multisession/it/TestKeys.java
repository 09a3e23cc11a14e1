package io.multisession.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * RSA keys made when the tests start, never stored. {@link #TRUSTED} is published by the Arquillian test deployment
 * as an additional public key, so a token the tests sign with it passes the signature check and fails only for the
 * reason a test gives it (expired, wrong issuer, wrong audience).
 */
final class TestKeys {

    static final RSAKey TRUSTED = generate("trusted-by-the-test-deployment");

    private TestKeys() {
    }

    static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The config line that makes the service trust {@link #TRUSTED}. */
    static String trustedKeyConfig() {
        return "multisession.jwt.additional-public-keys=" + new JWKSet(TRUSTED.toPublicJWK()).toString();
    }

    /** An RS256 JWT of {@code claims}, {@code typ: JWT}, with {@code key}'s id. */
    static String signed(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
