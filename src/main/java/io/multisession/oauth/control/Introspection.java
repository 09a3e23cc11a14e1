package io.multisession.oauth.control;

import com.nimbusds.jwt.JWTClaimsSet;
import io.multisession.platform.Jsons;
import io.multisession.revocation.control.RevokedSessions;
import io.multisession.session.control.SecureTokens;
import io.multisession.session.control.SessionStore;
import io.multisession.session.entity.LoginSession;
import io.multisession.token.control.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * RFC 7662's answer for a token: {@code active: true} only for an access token of ours whose session is still
 * active, or for a current refresh token, with the claims a resource app needs. Anything
 * else, garbage included, is just {@code active: false}, so the answer tells nothing about why. An access token is
 * answered from memory, as the service's own authenticated requests are: its signature and expiry, and the revoked
 * sessions view (an access token never outlives its session, so an unexpired one of a session not revoked is active):
 * a revocation on this instance shows at once, one on another instance when this one has followed the revocation log.
 */
@ApplicationScoped
public class Introspection {

    public static final JsonObject INACTIVE = Jsons.object().add("active", false).build();

    @Inject
    AccessTokens accessTokens;

    @Inject
    SessionStore sessions;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    public JsonObject describe(String token) {
        Instant now = clock.instant();
        Optional<JWTClaimsSet> access = accessTokens.verify(token);
        if (access.isPresent()) {
            return AccessTokens.sessionIdOf(access.get()).filter(id -> !revokedSessions.isRevoked(id, now))
                    .map(id -> describeAccessToken(access.get(), id)).orElse(INACTIVE);
        }
        return sessions.idByRefreshHash(SecureTokens.hash(token)).flatMap(id -> sessions.active(id, now))
                .map(Introspection::describeRefreshToken).orElse(INACTIVE);
    }

    /** The session of a valid access token of ours (to revoke it); empty for anything else. */
    public Optional<String> sessionOfAccessToken(String token) {
        return accessTokens.verify(token).flatMap(AccessTokens::sessionIdOf);
    }

    private static JsonObject describeAccessToken(JWTClaimsSet claims, String sessionId) {
        JsonObjectBuilder answer = Jsons.object()
                .add("active", true)
                .add("token_type", "access_token")
                .add("sub", claims.getSubject())
                .add("username", claims.getSubject())
                .add("iss", claims.getIssuer())
                .add("aud", Jsons.array(claims.getAudience()))
                .add("iat", claims.getIssueTime().toInstant().getEpochSecond())
                .add("exp", claims.getExpirationTime().toInstant().getEpochSecond())
                .add("jti", claims.getJWTID())
                .add("sid", sessionId);
        if (claims.getClaim(AccessTokens.GROUPS_CLAIM) instanceof List<?> groups) {
            answer.add("groups", Jsons.array(groups.stream().map(Object::toString).toList()));
        }
        return answer.build();
    }

    private static JsonObject describeRefreshToken(LoginSession session) {
        return Jsons.object()
                .add("active", true)
                .add("token_type", "refresh_token")
                .add("sub", session.owner())
                .add("username", session.owner())
                .add("iat", session.createdAt().getEpochSecond())
                .add("exp", session.expiresAt().getEpochSecond())
                .add("sid", session.id())
                .add("session_type", session.type())
                .build();
    }
}
