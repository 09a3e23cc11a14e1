package io.multisession.backchannel.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import io.multisession.token.control.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logout tokens of OpenID Connect Back-Channel Logout 1.0 (§2.4): signed with the key that signs our access tokens,
 * so a client verifies them with the same JWKS; typed {@code logout+jwt} so that no one takes one for an access
 * token, and short-lived, since the client acts on one at once.
 */
@ApplicationScoped
public class LogoutTokens {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    static final JOSEObjectType TYPE = new JOSEObjectType("logout+jwt");
    static final Duration LIFETIME = Duration.ofMinutes(2);

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    /** The token telling {@code clientId} that session {@code sessionId} of {@code subject} has ended. */
    public String issue(String clientId, String subject, String sessionId, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sessionId)
                .claim("events", Map.of(EVENT, Map.of()))
                .build();
        return keys.sign(claims, TYPE, now);
    }
}
