package io.multisession.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final SigningKeys keys = new SigningKeys();

    private AccessTokens at(Instant now) {
        AccessTokens tokens = new AccessTokens();
        tokens.keys = keys;
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        tokens.issuer = "multisession";
        tokens.audiences = List.of("multisession");
        return tokens;
    }

    private void signWith(JWK key) {
        keys.replace(new SigningKeys.Keys(Optional.of(key), List.of(), List.of()), new byte[32], T0);
    }

    @Test
    void tokensOfBothAlgorithmsVerifyWithTheirKeyAndNothingElseDoes() throws Exception {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            signWith(algorithm.generate());
            AccessTokens tokens = at(T0);
            String token = tokens.issue("alice", List.of("user"), "s1", "SHORT", T0, T0.plusSeconds(300));
            assertEquals(algorithm.jws(), SignedJWT.parse(token).getHeader().getAlgorithm());
            assertEquals("s1", AccessTokens.sessionIdOf(tokens.verify(token).orElseThrow()).orElseThrow());
            String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
            assertTrue(tokens.verify(tampered).isEmpty());
            assertTrue(at(T0.plusSeconds(300)).verify(token).isEmpty(), "expired");
        }
        assertEquals(JWSAlgorithm.ES256, SigningAlgorithm.ES256.jws());
    }

    @Test
    void aTokenWhoseAlgorithmIsNotItsKeysIsRefused() throws Exception {
        JWK rsa = SigningAlgorithm.RS256.generate();
        JWK ec = SigningAlgorithm.ES256.generate();
        keys.replace(new SigningKeys.Keys(Optional.of(rsa), List.of(ec.toPublicJWK()), List.of()), new byte[32], T0);
        JWTClaimsSet claims = SignedJWT.parse(at(T0).issue("alice", List.of("user"), "s1", "SHORT", T0,
                T0.plusSeconds(300))).getJWTClaimsSet();
        assertTrue(at(T0).verify(signed(claims, JWSAlgorithm.ES256, rsa.getKeyID(), ec)).isEmpty(), "ES256 on RSA kid");
        assertTrue(at(T0).verify(signed(claims, JWSAlgorithm.RS256, ec.getKeyID(), rsa)).isEmpty(), "RS256 on EC kid");
        assertTrue(at(T0).verify(signed(claims, JWSAlgorithm.ES256, ec.getKeyID(), ec)).isPresent(), "its own key");
    }

    private static String signed(JWTClaimsSet claims, JWSAlgorithm algorithm, String kid, JWK signingKey)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid).build(),
                claims);
        jwt.sign(SigningAlgorithm.signerFor(signingKey));
        return jwt.serialize();
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItsReuseWindowEndsThenCheckedAgainstTheKeysInForce() {
        signWith(SigningAlgorithm.ES256.generate());
        Instant now = T0;
        AccessTokens tokens = at(now);
        String token = tokens.issue("alice", List.of("user"), "s1", "SHORT", now, now.plus(Duration.ofHours(1)));
        assertTrue(tokens.verify(token).isPresent());
        signWith(SigningAlgorithm.ES256.generate());
        assertTrue(tokens.verify(token).isPresent(), "remembered: the withdrawn key is honoured for the reuse window");
        tokens.clock = Clock.fixed(now.plus(VerifiedTokens.REUSE), ZoneOffset.UTC);
        assertTrue(tokens.verify(token).isEmpty(), "checked again once the window is over: its key is gone");
    }
}
