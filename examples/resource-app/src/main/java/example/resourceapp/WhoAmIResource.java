package example.resourceapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A protected endpoint that answers who the token says the caller is. */
@Path("whoami")
@RequestScoped
@RolesAllowed("user")
public class WhoAmIResource {

    @Inject
    JsonWebToken token;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject whoAmI() {
        return Json.createObjectBuilder()
                .add("user", token.getName())
                .add("groups", Json.createArrayBuilder(token.getGroups()))
                .build();
    }
}
