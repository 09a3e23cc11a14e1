package io.multisession.session.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.platform.Roles;
import io.multisession.session.entity.RevocationReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Admins see and end other users' sessions. Sessions of an admin (a session whose groups include {@code admin})
 * are ended only by a {@code security-admin}.
 */
@Path("api/admin/users/{username}/sessions")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SessionAdminResource {

    static final int MAX_NAME = 150;

    @Inject
    Sessions sessions;

    @Context
    SecurityContext security;

    @GET
    public JsonObject list(@PathParam("username") String username,
                           @QueryParam("session") @DefaultValue("ALL") String type) {
        return SessionJson.groups(sessions.list(checked(username), type), null);
    }

    @DELETE
    @Path("{sessionId}")
    public JsonObject endOne(@PathParam("username") String username, @PathParam("sessionId") String sessionId) {
        sessions.endOne(checked(username), sessionId, security.getUserPrincipal().getName(), isSecurityAdmin());
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    public JsonObject endAll(@PathParam("username") String username,
                             @QueryParam("session") @DefaultValue("ALL") String type) {
        int ended = sessions.endAll(checked(username), type, null, RevocationReason.DESTROYED,
                security.getUserPrincipal().getName(), isSecurityAdmin());
        return Jsons.object().add("ended", ended).build();
    }

    private boolean isSecurityAdmin() {
        return security.isUserInRole(Roles.SECURITY_ADMIN);
    }

    private static String checked(String username) {
        if (username.isBlank() || username.length() > MAX_NAME) {
            throw new InvalidRequestException("username", "Not a valid username.");
        }
        return username;
    }
}
