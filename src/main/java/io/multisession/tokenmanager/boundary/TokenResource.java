package io.multisession.tokenmanager.boundary;

import io.multisession.device.control.ClientAddress;
import io.multisession.oauth.control.Introspection;
import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.session.boundary.LoginRequest;
import io.multisession.session.boundary.Logins;
import io.multisession.session.boundary.Sessions;
import io.multisession.session.entity.LoginChannel;
import io.multisession.token.control.AccessTokens;
import io.multisession.tokenmanager.control.TokenNotValidException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * django-token-manager's {@code token/get/} (a token for username and password, JSON or form), {@code token/verify/}
 * (is this token still good?) and {@code token/logout/} (end the caller's token, by GET or POST as the seed allowed).
 */
@Path(TokenManagerRoutes.PREFIX)
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final int MAX_CREDENTIAL = 1024;
    static final int MAX_TOKEN = 4096;

    @Inject
    Logins logins;

    @Inject
    Sessions sessions;

    @Inject
    Introspection introspection;

    @Inject
    ClientAddress clientAddress;

    /** Read on each login: a change applies to new tokens; existing ones keep their type. */
    @Inject
    @ConfigProperty(name = "multisession.compat.token-manager.session-type")
    Provider<String> sessionType;

    @Context
    HttpServletRequest http;

    @Context
    SecurityContext security;

    @POST
    @Path("get")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject get(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password"));
        String access = logins.loginThrough(LoginChannel.TOKEN_MANAGER, new LoginRequest(
                request.requiredString("username", MAX_CREDENTIAL),
                request.requiredString("password", MAX_CREDENTIAL).toCharArray(),
                Optional.empty(), sessionType.get(), null, http.getHeader(HttpHeaders.USER_AGENT), null,
                clientAddress.of(http))).access();
        return Jsons.object().add("token", access).build();
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject verify(InputStream body) {
        String token = JsonRequest.parse(body, Set.of("token")).requiredString("token", MAX_TOKEN);
        // access tokens only, as the seed's JWTs: this open route must tell nothing about refresh tokens
        JsonObject described = introspection.describe(token);
        if (!described.getBoolean("active") || !"access_token".equals(described.getString("token_type", ""))) {
            throw new TokenNotValidException();
        }
        return Jsons.object().add("token", token).build();
    }

    @GET
    @Path("logout")
    public JsonObject logoutByGet() {
        return logout();
    }

    @POST
    @Path("logout")
    public JsonObject logout() {
        if (!(security.getUserPrincipal() instanceof JsonWebToken caller)) {
            throw new InvalidRequestException("User is not login!");
        }
        String sessionId = AccessTokens.sessionIdOf(caller).orElseThrow(
                () -> new InvalidRequestException("User is not login!"));
        sessions.destroyThrough(caller.getName(), sessionId, LoginChannel.TOKEN_MANAGER);
        return Jsons.object().add("status_code", 200).add("message", "User successfully exited.").build();
    }
}
