package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;

class PrivateKeysTest {

    @Test
    void storedKeysOfBothAlgorithmsReadBackAsTheSameKeys() {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            JWK key = algorithm.generate();
            JWK restored = PrivateKeys.decode(PrivateKeys.encode(key));
            assertEquals(key.getKeyID(), restored.getKeyID());
            assertEquals(key.toPublicJWK(), restored.toPublicJWK());
            assertTrue(restored.isPrivate());
            assertEquals(algorithm, SigningAlgorithm.of(restored).orElseThrow());
        }
        assertEquals(2048, ((RSAKey) SigningAlgorithm.RS256.generate()).size());
        assertEquals(Curve.P_256, ((ECKey) SigningAlgorithm.ES256.generate()).getCurve());
    }

    @Test
    void aConfiguredPemOrPrivateJwkIsAccepted() {
        JWK rsa = SigningAlgorithm.RS256.generate();
        String body = PrivateKeys.encode(rsa);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body.replaceAll("(.{64})", "$1\n")
                + "\n-----END PRIVATE KEY-----\n";
        assertEquals(rsa.getKeyID(), PrivateKeys.fromPem(pem).getKeyID());
        String escaped = pem.replace("\n", "\\n");
        assertEquals(rsa.getKeyID(), PrivateKeys.fromPem(escaped).getKeyID());
        JWK ec = SigningAlgorithm.ES256.generate();
        assertEquals(ec.getKeyID(), PrivateKeys.fromPem(ec.toJSONString()).getKeyID());
        assertEquals(rsa.getKeyID(), PrivateKeys.fromPem(rsa.toJSONString()).getKeyID());
    }

    @Test
    void garbagePublicAndOtherCurvesAreRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> PrivateKeys.decode("bm90IGEga2V5"));
        assertThrows(IllegalArgumentException.class, () -> PrivateKeys.decode("{\"kty\":\"EC\"}"));
        JWK publicOnly = SigningAlgorithm.ES256.generate().toPublicJWK();
        assertThrows(IllegalArgumentException.class, () -> PrivateKeys.decode(publicOnly.toJSONString()));
        JWK p384 = new ECKeyGenerator(Curve.P_384).generate();
        assertThrows(IllegalArgumentException.class, () -> PrivateKeys.decode(p384.toJSONString()));
        assertThrows(IllegalStateException.class, () -> PrivateKeys.encode(publicOnly));
    }
}
