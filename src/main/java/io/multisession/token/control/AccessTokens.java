package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.multisession.platform.ExpiringMap;
import io.multisession.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Our access tokens, both ways: mints tokens (RS256 or ES256, as the signing key is) that any MP-JWT server
 * configured with our issuer, audience and public key accepts, and checks a token handed to us (introspection, RFC 7009
 * revocation) the way MP-JWT checks a presented one. Holds the claim vocabulary. Issuer and audience are the MP-JWT
 * verification settings themselves, so issuing and checking cannot drift apart. A token it verified is remembered by
 * its SHA-256 for as long as {@link VerifiedTokens} remembers one (a resource app introspects the same token on each
 * of its requests), so a key withdrawn from the key set stops being honoured here within that time too.
 */
@ApplicationScoped
public class AccessTokens {

    /** Claim holding the session id; the revocation check and the session endpoints read it. */
    public static final String SESSION_ID_CLAIM = "sid";
    public static final String SESSION_TYPE_CLAIM = "session_type";
    public static final String GROUPS_CLAIM = "groups";
    /** Tells our access tokens from any other JWT signed with the same key. */
    static final String TOKEN_TYPE_CLAIM = "token_type";
    static final String ACCESS = "access";

    @Inject
    SigningKeys keys;

    private final ExpiringMap<String, JWTClaimsSet> verified = new ExpiringMap<>(VerifiedTokens.CAPACITY);

    @Inject
    Clock clock;

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
                .claim(GROUPS_CLAIM, groups)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim(SESSION_ID_CLAIM, sessionId)
                .claim(SESSION_TYPE_CLAIM, sessionType)
                .claim(TOKEN_TYPE_CLAIM, ACCESS)
                .build();
        return keys.sign(claims, JOSEObjectType.JWT, issuedAt);
    }

    /** The claims of a valid, unexpired access token of ours (a published key by {@code kid}, in its algorithm). */
    public Optional<JWTClaimsSet> verify(String token) {
        Instant now = clock.instant();
        String digest = Sha256.base64Url(token);
        JWTClaimsSet remembered = verified.get(digest, now);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<JWTClaimsSet> claims = verifyNow(token, now);
        claims.ifPresent(valid -> {
            Instant expiry = valid.getExpirationTime().toInstant();
            Instant reuseEnds = now.plus(VerifiedTokens.REUSE);
            verified.put(digest, valid, expiry.isBefore(reuseEnds) ? expiry : reuseEnds, now);
        });
        return claims;
    }

    private Optional<JWTClaimsSet> verifyNow(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            JWK key = keys.published(now).getKeyByKeyId(jwt.getHeader().getKeyID());
            boolean keysAlgorithm = key != null && SigningAlgorithm.of(key)
                    .filter(algorithm -> algorithm.jws().equals(jwt.getHeader().getAlgorithm())).isPresent();
            if (!keysAlgorithm || !jwt.verify(SigningAlgorithm.verifierFor(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            boolean valid = issuer.equals(claims.getIssuer())
                    && claims.getAudience() != null && !Collections.disjoint(claims.getAudience(), audiences)
                    && expiry != null && expiry.toInstant().isAfter(now)
                    && ACCESS.equals(claims.getClaim(TOKEN_TYPE_CLAIM));
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The session id of verified claims, if they carry one. */
    public static Optional<String> sessionIdOf(JWTClaimsSet claims) {
        return Optional.ofNullable(claims.getClaim(SESSION_ID_CLAIM)).map(Object::toString);
    }
}
