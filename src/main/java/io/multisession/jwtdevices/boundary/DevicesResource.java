package io.multisession.jwtdevices.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.platform.PlainText;
import io.multisession.platform.Roles;
import io.multisession.session.boundary.Sessions;
import io.multisession.session.entity.LoginChannel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * drf-jwt-devices' device list, for the caller's own devices only: {@code GET /devices/} and
 * {@code DELETE /devices/{id}/}. Ending a device ends its session: its permanent token and every access token of it
 * stop working at once.
 */
@Path(JwtDevicesRoutes.DEVICES)
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    static final int MAX_ID = 64;

    @Inject
    Sessions sessions;

    @Context
    SecurityContext security;

    @GET
    public JsonArray list() {
        JsonArrayBuilder devices = Jsons.array();
        sessions.activeThrough(caller(), LoginChannel.JWT_DEVICES)
                .forEach(session -> devices.add(DeviceJson.of(session)));
        return devices.build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        sessions.destroyThrough(caller(), checked(id), LoginChannel.JWT_DEVICES);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private static String checked(String id) {
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new InvalidRequestException("id", "Not a device id.");
        }
        return PlainText.require("id", id);
    }
}
