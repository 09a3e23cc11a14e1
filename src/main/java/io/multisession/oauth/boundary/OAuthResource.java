package io.multisession.oauth.boundary;

import io.multisession.oauth.control.Introspection;
import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.Problem;
import io.multisession.session.boundary.Sessions;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * body gets a 415 that says so ({@link FormBodiesOnlyFilter}).
 */
@Path("oauth2")
@ApplicationScoped
@PermitAll
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.APPLICATION_JSON)
public class OAuthResource {

    static final int MAX_TOKEN = 4096;

    @Inject
    Introspection introspection;

    @Inject
    Sessions sessions;

    @Inject
    IntrospectionClients clients;

    @POST
    @Path("introspect")
    public Response introspect(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @FormParam("token") String token) {
        clients.require(authorization, "Introspection");
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Response.ok(Introspection.INACTIVE).build();
        }
        return Response.ok(introspection.describe(token)).build();
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
            return Problem.of(400, "token: This field is required.").toResponse();
        }
        if (token.length() <= MAX_TOKEN) {
            Optional<String> sessionId = introspection.sessionOfAccessToken(token);
            if (sessionId.isPresent()) {
                sessions.revokeSession(sessionId.get(), Optional.ofNullable(clientSecret));
            } else {
                sessions.revokeByRefreshToken(token, Optional.ofNullable(clientSecret));
            }
        }
        return Response.ok().build();
    }
}
