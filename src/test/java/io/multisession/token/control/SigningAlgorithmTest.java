package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class SigningAlgorithmTest {

    @Test
    void eachAlgorithmSignsWhatItsPublicKeyVerifiesAndNoOtherKeyDoes() throws Exception {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            JWK key = algorithm.generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm.jws()).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().subject("alice").build());
            jwt.sign(SigningAlgorithm.signerFor(key));
            SignedJWT parsed = SignedJWT.parse(jwt.serialize());
            assertTrue(parsed.verify(SigningAlgorithm.verifierFor(key.toPublicJWK())));
            assertFalse(parsed.verify(SigningAlgorithm.verifierFor(algorithm.generate().toPublicJWK())));
            assertFalse(key.toPublicJWK().toJSONObject().containsKey("alg"), "keys carry no alg member");
        }
    }

    @Test
    void namesAreReadInAnyCaseAndOthersRefused() {
        assertEquals(SigningAlgorithm.ES256, SigningAlgorithm.named(" es256 "));
        assertEquals(SigningAlgorithm.RS256, SigningAlgorithm.named("RS256"));
        assertThrows(IllegalArgumentException.class, () -> SigningAlgorithm.named("HS256"));
        assertThrows(IllegalArgumentException.class, () -> SigningAlgorithm.named("none"));
    }
}
