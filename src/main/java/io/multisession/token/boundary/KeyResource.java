package io.multisession.token.boundary;

import io.multisession.platform.Jsons;
import io.multisession.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /api/admin/keys/rotate}: start a new generated signing key (published now, signing later). Only a
 * {@code security-admin}: the key signs every token of the realm, a matter for the higher of the two admin levels.
 */
@Path("api/admin/keys")
@ApplicationScoped
@RolesAllowed(Roles.SECURITY_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    @Inject
    KeyRing keys;

    @Context
    SecurityContext security;

    @POST
    @Path("rotate")
    public JsonObject rotate() {
        String kid = keys.rotate(security.getUserPrincipal().getName());
        return Jsons.object().add("kid", kid).build();
    }
}
