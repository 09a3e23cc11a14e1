package io.multisession.session.boundary;

import io.multisession.device.control.ClientAddress;
import io.multisession.device.control.DeviceDetection;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.platform.Roles;
import io.multisession.session.control.IssuedTokens;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The seed's six endpoints, with its field names and answers. Login, refresh and logout are open (they carry
 * their own proof); list, destroy and destroyAllOther need an access token. Parses and delegates, nothing more.
 */
@Path("api/session")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final int MAX_CREDENTIAL = 1024;
    /** Long enough for any JWT, so that an access token sent as refresh token is refused as a token, not as text. */
    static final int MAX_TOKEN = 4096;
    static final int MAX_TYPE = 32;
    static final int MAX_INFO = 1024;

    @Inject
    Logins logins;

    @Inject
    Sessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    /** Its user principal is MP-JWT's {@code JsonWebToken}; read there, not through the request-scoped bean. */
    @Context
    SecurityContext security;

    @POST
    @Path("login")
    @PermitAll
    public JsonObject login(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password", "secret_key", "session", "info"));
        IssuedTokens tokens = logins.login(new LoginRequest(
                request.requiredString("username", MAX_CREDENTIAL),
                request.requiredString("password", MAX_CREDENTIAL).toCharArray(),
                request.optionalString("secret_key", MAX_CREDENTIAL),
                request.requiredString("session", MAX_TYPE),
                request.optionalString("info", MAX_INFO).orElse(null),
                http.getHeader(HttpHeaders.USER_AGENT),
                DeviceDetection.model(http.getHeader(DeviceDetection.MODEL_HEADER)),
                clientAddress.of(http)));
        return tokensJson(tokens).add("session_id", tokens.sessionId()).build();
    }

    @POST
    @Path("refresh")
    @PermitAll
    public JsonObject refresh(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("refresh", "secret_key", "session"));
        IssuedTokens tokens = logins.refresh(
                request.requiredString("refresh", MAX_TOKEN),
                request.optionalString("secret_key", MAX_CREDENTIAL),
                request.requiredString("session", MAX_TYPE),
                clientAddress.of(http));
        return tokensJson(tokens).build();
    }

    @POST
    @Path("list")
    public JsonObject list(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("session"));
        String current = currentSessionId();
        return SessionJson.groups(sessions.list(caller().getName(), request.requiredString("session", MAX_TYPE)), current);
    }

    /** Who the access token says the caller is: a cheap authenticated call (no database) for clients and probes. */
    @GET
    @Path("current")
    public JsonObject current() {
        return Jsons.object()
                .add("username", caller().getName())
                .add("session_id", currentSessionId())
                .add("groups", Jsons.array(caller().getGroups()))
                .build();
    }

    @POST
    @Path("destroy")
    public JsonObject destroy(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("session_id"));
        sessions.destroy(caller().getName(), request.requiredString("session_id", MAX_TOKEN));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    /**
     * Ends the caller's other sessions of the given type. The session kept is the one of the access token making
     * the request; the seed's {@code refresh} field is still accepted, but no longer decides what survives, so a
     * stale value cannot end the caller's own session.
     */
    @POST
    @Path("destroyAllOther")
    public JsonObject destroyAllOther(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("session", "refresh"));
        request.optionalString("refresh", MAX_TOKEN);
        sessions.destroyAllOther(caller().getName(), currentSessionId(), request.requiredString("session", MAX_TYPE));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("logout")
    @PermitAll
    public JsonObject logout(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("refresh", "secret_key"));
        logins.logout(request.requiredString("refresh", MAX_TOKEN), request.optionalString("secret_key", MAX_CREDENTIAL));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    private JsonWebToken caller() {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new NotAuthorizedException("Bearer");
    }

    private String currentSessionId() {
        return AccessTokens.sessionIdOf(caller()).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    private static JsonObjectBuilder tokensJson(IssuedTokens tokens) {
        JsonObjectBuilder json = Jsons.object();
        tokens.refresh().ifPresent(refresh -> json.add("refresh", refresh));
        return json.add("access", tokens.access()).add("expires_in", tokens.accessExpiresIn().toSeconds());
    }
}
