package io.multisession.token.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.multisession.token.boundary.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an access token the way MP-JWT does (RS256, a published key by {@code kid}, issuer, audience, expiry), for
 * callers that hand us a token instead of presenting it: introspection and revocation.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    @Inject
    KeyRing keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    List<String> audiences;

    /** The claims of a valid, unexpired access token of ours; empty for anything else. */
    public Optional<JWTClaimsSet> verify(String token) {
        Instant now = clock.instant();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            JWK key = keys.published(now).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            boolean valid = issuer.equals(claims.getIssuer())
                    && claims.getAudience() != null && !Collections.disjoint(claims.getAudience(), audiences)
                    && expiry != null && expiry.toInstant().isAfter(now)
                    && "access".equals(claims.getClaim("token_type"));
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
