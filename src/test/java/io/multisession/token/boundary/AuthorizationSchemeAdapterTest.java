package io.multisession.token.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class AuthorizationSchemeAdapterTest {

    static String normalise(String header) {
        return AuthorizationSchemeAdapter.BearerSchemeRequest.normalise(header);
    }

    @Test
    void theSeedsJwtSchemeAndAnyBearerCaseBecomeBearer() {
        assertEquals("Bearer abc", normalise("JWT abc"));
        assertEquals("Bearer abc", normalise("jwt  abc"));
        assertEquals("Bearer abc", normalise("bearer abc"));
        assertEquals("Bearer abc", normalise("Bearer abc"));
    }

    @Test
    void otherSchemesAndOddValuesPassUnchanged() {
        assertEquals("Basic cm9vdA==", normalise("Basic cm9vdA=="));
        assertEquals("abc", normalise("abc"));
        assertNull(normalise(null));
    }

    @Test
    void onlyTokensThatNameAPublishedKeyAreHandedOver() throws Exception {
        RSAKey published = new RSAKeyGenerator(2048).keyID("published").generate();
        JWKSet jwks = new JWKSet(published.toPublicJWK());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("alice").build();
        assertTrue(AuthorizationSchemeAdapter.signedWithPublishedKey(signed(claims, published), jwks));
        assertFalse(AuthorizationSchemeAdapter.signedWithPublishedKey(
                signed(claims, new RSAKeyGenerator(2048).keyID("unknown").generate()), jwks));
        assertFalse(AuthorizationSchemeAdapter.signedWithPublishedKey(
                signed(claims, new RSAKeyGenerator(2048).generate()), jwks));
        assertFalse(AuthorizationSchemeAdapter.signedWithPublishedKey(new PlainJWT(claims).serialize(), jwks));
        // not a token at all: the server's own check refuses it
        assertTrue(AuthorizationSchemeAdapter.signedWithPublishedKey("not.a.token", jwks));
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
