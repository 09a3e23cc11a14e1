package io.multisession.oauth.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.Jsons;
import io.multisession.platform.Problem;
import io.multisession.platform.ProblemTypes;
import io.multisession.platform.Problems;
import io.multisession.session.boundary.SessionManager;
import io.multisession.session.entity.LoginSession;
import io.multisession.token.control.AccessTokenVerifier;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * OAuth token introspection (RFC 7662) for resource apps that must see revocations at once, and token revocation
 * (RFC 7009) for clients. Both take {@code application/x-www-form-urlencoded} bodies as the RFCs define; any other
 * body gets a 415 that says so (the default 415 of JAX-RS names JSON, which every other endpoint takes).
 */
@Path("oauth2")
@ApplicationScoped
@PermitAll
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final int MAX_TOKEN = 4096;
    static final JsonObject INACTIVE = Jsons.object().add("active", false).build();

    @Inject
    SessionManager sessions;

    @Inject
    AccessTokenVerifier accessTokens;

    @Inject
    IntrospectionClients clients;

    /**
     * {@code active: true} only for an access token of ours whose session is still active (revocation is seen at
     * once), or for a current refresh token. Anything else, including garbage, is {@code active: false}.
     */
    @POST
    @Path("introspect")
    public Response introspect(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @FormParam("token") String token) {
        if (!clients.authenticated(authorization)) {
            return Problem.of(ProblemTypes.INVALID_CLIENT, 401, "Introspection needs client credentials (HTTP Basic).")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"multisession\"").toResponse();
        }
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Response.ok(INACTIVE).build();
        }
        Optional<JWTClaimsSet> access = accessTokens.verify(token);
        JsonObject answer = access.map(this::describeAccessToken)
                .orElseGet(() -> sessions.activeByRefreshToken(token).map(TokenResource::describeRefreshToken)
                        .orElse(INACTIVE));
        return Response.ok(answer).build();
    }

    /**
     * Ends the session of a refresh or access token. Per RFC 7009 the answer is 200 whether or not the token was
     * valid, so that it tells nothing about the token. When {@code multisession.client-secret} is set it is required
     * as {@code client_secret}, as the seed's logout requires it as {@code secret_key}.
     */
    @POST
    @Path("revoke")
    public Response revoke(@FormParam("token") String token, @FormParam("client_secret") String clientSecret) {
        if (token == null || token.isBlank()) {
            return Problems.response(400, "token: This field is required.");
        }
        if (token.length() <= MAX_TOKEN) {
            Optional<String> sessionId = accessTokens.verify(token).map(claims -> claims.getClaim(AccessTokens.SESSION_ID_CLAIM))
                    .map(Object::toString);
            if (sessionId.isPresent()) {
                sessions.revokeSession(sessionId.get(), Optional.ofNullable(clientSecret));
            } else {
                sessions.revokeByRefreshToken(token, Optional.ofNullable(clientSecret));
            }
        }
        return Response.ok().build();
    }

    private JsonObject describeAccessToken(JWTClaimsSet claims) {
        Object sessionId = claims.getClaim(AccessTokens.SESSION_ID_CLAIM);
        if (sessionId == null || sessions.activeSession(sessionId.toString()).isEmpty()) {
            return INACTIVE;
        }
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
                .add("sid", sessionId.toString());
        Object groups = claims.getClaim("groups");
        if (groups instanceof java.util.List<?> list) {
            answer.add("groups", Jsons.array(list.stream().map(Object::toString).toList()));
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
