package io.multisession.tokenmanager.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.platform.PlainText;
import io.multisession.platform.Roles;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * django-token-manager's {@code token/manage/}: list (with {@code current}; an admin sees everyone's, {@code ?user_id=}
 * picks one user), show and delete one, and {@code delete-list} ({@code {"id_list": […]}}, the caller's current token
 * kept). Parses and delegates to {@link TokenManagement}.
 */
@Path(TokenManagerRoutes.PREFIX + "/manage")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class TokenManageResource {

    static final int MAX_ID = 64;
    static final int MAX_IDS = 1000;
    static final int MAX_NAME = 150;

    @Inject
    TokenManagement tokens;

    @Context
    SecurityContext security;

    @GET
    public JsonArray list(@QueryParam("user_id") String user) {
        if (user != null && user.length() > MAX_NAME) {
            throw new InvalidRequestException("user_id", "At most " + MAX_NAME + " characters.");
        }
        PlainText.require("user_id", user);
        String current = currentId();
        JsonArrayBuilder items = Jsons.array();
        tokens.list(caller(), Optional.ofNullable(user).filter(name -> !name.isBlank()))
                .forEach(token -> items.add(TokenJson.of(token, current)));
        return items.build();
    }

    @GET
    @Path("{id}")
    public JsonObject show(@PathParam("id") String id) {
        return TokenJson.of(tokens.find(caller(), checked(id)), currentId());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        tokens.delete(caller(), checked(id));
        return Response.noContent().build();
    }

    @POST
    @Path("delete-list")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deleteList(InputStream body) {
        List<String> ids = JsonRequest.parse(body, Set.of("id_list")).stringList("id_list", MAX_IDS, MAX_ID);
        if (ids.isEmpty()) {
            throw new InvalidRequestException("id_list", "This list may not be empty.");
        }
        ids.forEach(id -> PlainText.require("id_list", id));
        tokens.deleteList(caller(), ids, currentId());
        return Response.noContent().build();
    }

    private TokenManagement.Caller caller() {
        return new TokenManagement.Caller(security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.SECURITY_ADMIN),
                security.isUserInRole(Roles.SECURITY_ADMIN));
    }

    private String currentId() {
        return security.getUserPrincipal() instanceof JsonWebToken token
                ? AccessTokens.sessionIdOf(token).orElse(null) : null;
    }

    private static String checked(String id) {
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new InvalidRequestException("id", "Not a token id.");
        }
        return PlainText.require("id", id);
    }
}
