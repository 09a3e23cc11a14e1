package io.multisession.jwtdevices.boundary;

import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.PlainText;
import io.multisession.platform.Roles;
import io.multisession.session.boundary.Sessions;
import io.multisession.session.entity.LoginChannel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** drf-jwt-devices' {@code DELETE /device-logout/}: ends the caller's device named by the {@code Device-Id} header. */
@Path(JwtDevicesRoutes.LOGOUT)
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceLogoutResource {

    @Inject
    Sessions sessions;

    @Context
    SecurityContext security;

    @DELETE
    public Response logout(@HeaderParam(JwtDevicesRoutes.DEVICE_ID_HEADER) String deviceId) {
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > DevicesResource.MAX_ID) {
            throw new InvalidRequestException("Device-Id header must be present in the request headers.");
        }
        sessions.destroyThrough(security.getUserPrincipal().getName(), PlainText.require("Device-Id", deviceId.strip()),
                LoginChannel.JWT_DEVICES);
        return Response.noContent().build();
    }
}
