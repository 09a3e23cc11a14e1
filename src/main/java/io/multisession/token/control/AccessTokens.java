package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.multisession.token.boundary.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mints RS256 access tokens that any MP-JWT server configured with our issuer, audience and public key accepts.
 * Issuer and audience are the MP-JWT verification settings themselves, so issuing and checking cannot drift apart.
 */
@ApplicationScoped
public class AccessTokens {

    /** Claim holding the session id; the revocation check and the session endpoints read it. */
    public static final String SESSION_ID_CLAIM = "sid";
    public static final String SESSION_TYPE_CLAIM = "session_type";

    @Inject
    KeyRing keys;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    /** The session id of a verified access token; empty for tokens this service did not issue. */
    public static Optional<String> sessionIdOf(JsonWebToken token) {
        Object claim = token.getClaim(SESSION_ID_CLAIM);
        if (claim instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        return Optional.ofNullable(claim).map(Object::toString);
    }

    public String issue(String subject, List<String> groups, String sessionId, String sessionType,
                        Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audiences)
                .subject(subject)
                .claim("upn", subject)
                .claim("groups", groups)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim(SESSION_ID_CLAIM, sessionId)
                .claim(SESSION_TYPE_CLAIM, sessionType)
                .claim("token_type", "access")
                .build();
        KeyRing.Signing signing = keys.signing(issuedAt);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(signing.key().getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Access token signing failed", e);
        }
        return jwt.serialize();
    }
}
