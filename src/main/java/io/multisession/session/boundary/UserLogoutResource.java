package io.multisession.session.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.platform.PlainText;
import io.multisession.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/admin/logouts} with {@code {"usernames": [...]}}: the seed's admin action "log out the selected
 * users". Users with a privileged session are skipped unless the caller is a {@code security-admin}, and the answer
 * names them.
 */
@Path("api/admin/logouts")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserLogoutResource {

    static final int MAX_USERS = 100;

    @Inject
    Sessions sessions;

    @Context
    SecurityContext security;

    @POST
    public JsonObject logOut(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("usernames"));
        List<String> usernames = request.stringList("usernames", MAX_USERS, SessionAdminResource.MAX_NAME);
        if (usernames.isEmpty()) {
            throw new InvalidRequestException("usernames", "Name at least one user.");
        }
        usernames.forEach(username -> PlainText.require("usernames", username));
        UserLogouts done = sessions.logOutUsers(usernames, security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.SECURITY_ADMIN));
        JsonArrayBuilder loggedOut = Jsons.array();
        done.loggedOut().forEach(user -> loggedOut.add(Jsons.object()
                .add("username", user.username())
                .add("ended", user.sessionsEnded())));
        return Jsons.object()
                .add("logged_out", loggedOut)
                .add("skipped", Jsons.array(done.skipped()))
                .build();
    }
}
