package io.multisession.user.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.platform.Paging;
import io.multisession.platform.PlainText;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Roles;
import io.multisession.user.control.UserSearch;
import io.multisession.user.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * Admins manage accounts of the built-in identity store: {@code GET /api/admin/users?q=&page=&size=} finds them,
 * {@code GET /api/admin/users/{name}} shows one, {@code POST /api/admin/users} creates one,
 * {@code DELETE /api/admin/users/{name}} deletes it, {@code PUT …/enabled} and {@code PUT …/password} change it.
 * Deleting, disabling or re-passwording ends the account's sessions. Privileged accounts (in {@code admin} or
 * {@code security-admin}) are created and changed only by a {@code security-admin}.
 */
@Path("api/admin/users")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    static final int MAX_PASSWORD = 1024;

    @Inject
    UserAdministration users;

    @Context
    SecurityContext security;

    @GET
    public JsonObject search(@QueryParam("q") String query,
                             @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        if (query != null && query.length() > UserSearch.MAX_QUERY) {
            throw new InvalidRequestException("q", "At most " + UserSearch.MAX_QUERY + " characters.");
        }
        PlainText.require("q", query);
        Paging paging = Paging.of(page, size, UserSearch.DEFAULT_PAGE_SIZE, UserSearch.MAX_PAGE_SIZE);
        UserPage found = users.search(query, paging);
        JsonArrayBuilder items = Jsons.array();
        found.accounts().forEach(account -> items.add(json(account)));
        return Jsons.object().add("page", paging.page()).add("size", paging.size()).add("total", found.total())
                .add("users", items).build();
    }

    @GET
    @Path("{username}")
    public JsonObject details(@PathParam("username") String username) {
        return json(users.find(username)).build();
    }

    @POST
    public Response create(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password", "groups"));
        UserAccount account = users.create(request.requiredString("username", 150),
                request.requiredString("password", MAX_PASSWORD).toCharArray(),
                request.stringList("groups", 32, 64).stream().distinct().toList(), actor(), isSecurityAdmin());
        return Response.status(Response.Status.CREATED)
                .entity(json(account).build())
                .build();
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        users.delete(username, actor(), isSecurityAdmin());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/enabled")
    public Response setEnabled(@PathParam("username") String username, InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("enabled"));
        users.setEnabled(username, request.requiredBoolean("enabled"), actor(), isSecurityAdmin());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/password")
    public Response setPassword(@PathParam("username") String username, InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("password"));
        users.setPassword(username, request.requiredString("password", MAX_PASSWORD).toCharArray(), actor(),
                isSecurityAdmin());
        return Response.noContent().build();
    }

    private static JsonObjectBuilder json(UserAccount account) {
        return Jsons.object()
                .add("username", account.username())
                .add("groups", Jsons.array(account.groups()))
                .add("enabled", account.enabled())
                .add("created_at", Jsons.timestamp(account.createdAt()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private boolean isSecurityAdmin() {
        return security.isUserInRole(Roles.SECURITY_ADMIN);
    }
}
