package io.multisession.session.boundary;

import io.multisession.platform.JsonRequest;
import io.multisession.platform.Roles;
import io.multisession.session.entity.LoginSession;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The seed's six endpoints, with its field names and answers. Login, refresh and logout are open (they carry
 * their own proof); list, destroy and destroyAllOther need an access token. Parses and delegates, nothing more.
 */
@Path("api/session")
@RequestScoped
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
    SessionManager sessions;

    @Inject
    JsonWebToken caller;

    @POST
    @Path("login")
    @PermitAll
    public JsonObject login(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password", "secret_key", "session", "info"));
        IssuedTokens tokens = sessions.login(
                request.requiredString("username", MAX_CREDENTIAL),
                request.requiredString("password", MAX_CREDENTIAL).toCharArray(),
                request.optionalString("secret_key", MAX_CREDENTIAL),
                request.requiredString("session", MAX_TYPE),
                request.optionalString("info", MAX_INFO).orElse(null));
        return tokensJson(tokens).add("session_id", tokens.sessionId()).build();
    }

    @POST
    @Path("refresh")
    @PermitAll
    public JsonObject refresh(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("refresh", "secret_key", "session"));
        IssuedTokens tokens = sessions.refresh(
                request.requiredString("refresh", MAX_TOKEN),
                request.optionalString("secret_key", MAX_CREDENTIAL),
                request.requiredString("session", MAX_TYPE));
        return tokensJson(tokens).build();
    }

    @POST
    @Path("list")
    public JsonObject list(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("session"));
        String current = currentSessionId();
        JsonObjectBuilder answer = Json.createObjectBuilder();
        for (SessionGroup group : sessions.list(caller.getName(), request.requiredString("session", MAX_TYPE))) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            group.sessions().forEach(session -> items.add(sessionJson(session, current)));
            answer.add(caption(group.type()), Json.createObjectBuilder()
                    .add("Available Sessions", group.availableSessions())
                    .add("Sessions", items));
        }
        return answer.build();
    }

    @POST
    @Path("destroy")
    public JsonObject destroy(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("session_id"));
        sessions.destroy(caller.getName(), request.requiredString("session_id", MAX_TOKEN));
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
        sessions.destroyAllOther(caller.getName(), currentSessionId(), request.requiredString("session", MAX_TYPE));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("logout")
    @PermitAll
    public JsonObject logout(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("refresh", "secret_key"));
        sessions.logout(request.requiredString("refresh", MAX_TOKEN), request.optionalString("secret_key", MAX_CREDENTIAL));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    private String currentSessionId() {
        return AccessTokens.sessionIdOf(caller)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    private static JsonObjectBuilder tokensJson(IssuedTokens tokens) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        tokens.refresh().ifPresent(refresh -> json.add("refresh", refresh));
        return json.add("access", tokens.access()).add("expires_in", tokens.accessExpiresIn().toSeconds());
    }

    private static JsonObjectBuilder sessionJson(LoginSession session, String currentSessionId) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("session_id", session.id())
                .add("created_at", timestamp(session.createdAt()))
                .add("last_update", timestamp(session.lastUpdate()))
                .add("expires_at", timestamp(session.expiresAt()));
        if (session.info() == null) {
            json.addNull("session_info");
        } else {
            json.add("session_info", session.info());
        }
        return json.add("current", session.id().equals(currentSessionId));
    }

    /** The seed's captions: {@code SHORT} is listed as {@code "Short"}. */
    static String caption(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
