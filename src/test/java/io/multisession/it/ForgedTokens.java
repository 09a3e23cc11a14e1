package io.multisession.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens an attacker would try, each built from a real access token's claims and each wrong for exactly one reason.
 * The ones that need a valid signature are signed with {@link TestKeys#TRUSTED}, so they fail for their own reason.
 */
final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The same claims, validly signed by a key the service trusts: the control that shows the others are refused for their flaw. */
    static String genuineCopy(String access) {
        return TestKeys.signed(claimsOf(access), TestKeys.TRUSTED);
    }

    /** Name of the flaw to token. */
    static Map<String, String> of(Api api, String access, String refresh) {
        try {
            JWTClaimsSet claims = claimsOf(access);
            RSAKey ours = (RSAKey) JWKSet.parse(api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET()
                    .build()).text()).getKeys().get(0);
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("alg=none", new PlainJWT(claims).serialize());
            SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(ours.getKeyID()).build(), claims);
            hmac.sign(new MACSigner(ours.toRSAPublicKey().getEncoded()));
            tokens.put("HS256 keyed with our public key", hmac.serialize());
            tokens.put("unknown kid", TestKeys.signed(claims, TestKeys.generate("unknown-kid")));
            tokens.put("our kid, another key", TestKeys.signed(claims, TestKeys.generate(ours.getKeyID())));
            Instant past = Instant.now().minusSeconds(3600);
            tokens.put("expired", TestKeys.signed(new JWTClaimsSet.Builder(claims).issueTime(Date.from(past))
                    .expirationTime(Date.from(past.plusSeconds(300))).build(), TestKeys.TRUSTED));
            tokens.put("wrong issuer", TestKeys.signed(new JWTClaimsSet.Builder(claims).issuer("evil").build(),
                    TestKeys.TRUSTED));
            tokens.put("wrong audience", TestKeys.signed(new JWTClaimsSet.Builder(claims).audience("evil").build(),
                    TestKeys.TRUSTED));
            tokens.put("refresh token as access token", refresh);
            tokens.put("stripped signature", access.substring(0, access.lastIndexOf('.')) + ".");
            String other = genuineCopy(access);
            tokens.put("signature of another token", access.substring(0, access.lastIndexOf('.'))
                    + other.substring(other.lastIndexOf('.')));
            return tokens;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet claimsOf(String access) {
        try {
            return SignedJWT.parse(access).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
