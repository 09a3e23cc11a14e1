package io.multisession.token.boundary;

import io.multisession.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/admin/keys/rotate}: start a new generated signing key (published now, signing later). */
@Path("api/admin/keys")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @Inject
    KeyRing keys;

    @POST
    @Path("rotate")
    public JsonObject rotate() {
        return Json.createObjectBuilder().add("kid", keys.rotate()).build();
    }
}
