package io.multisession.session.boundary;

import io.multisession.platform.Roles;
import io.multisession.session.control.SessionPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What is in force: every session type's effective policy, when it took effect, and a change of config that was
 * refused (the policies stay as they were). Read-only: policies are changed in server config (docs/configuration.md,
 * "Changing policies at run time").
 */
@Path("api/admin/policies")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.SECURITY_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    SessionPolicies policies;

    @GET
    public JsonObject inForce() {
        return PolicyJson.of(policies.status());
    }
}
