package io.multisession.jwtdevices.boundary;

import io.multisession.device.control.ClientAddress;
import io.multisession.platform.InvalidRequestException;
import io.multisession.platform.Jsons;
import io.multisession.session.boundary.Logins;
import io.multisession.session.entity.LoginChannel;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * drf-jwt-devices' refresh: the {@code Permanent-Token} header buys a new {@code {"token"}}. The permanent token is
 * the device session's refresh token, so each use slides the session's end out as its type's policy says (the seed's
 * {@code JWT_PERMANENT_TOKEN_EXPIRATION_DELTA} is that type's idle window); an idle-expired one is refused and its
 * device is gone from the list.
 */
@Path(JwtDevicesRoutes.REFRESH)
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DeviceRefreshResource {

    static final int MAX_TOKEN = 4096;

    @Inject
    Logins logins;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    @POST
    public JsonObject refresh(@HeaderParam(JwtDevicesRoutes.PERMANENT_TOKEN_HEADER) String permanentToken) {
        if (permanentToken == null || permanentToken.isBlank()) {
            throw new InvalidRequestException("HTTP_PERMANENT_TOKEN", "This field is required.");
        }
        if (permanentToken.length() > MAX_TOKEN) {
            throw new InvalidRequestException("HTTP_PERMANENT_TOKEN", "Invalid permanent_token value.");
        }
        return Jsons.object()
                .add("token", logins.refreshThrough(LoginChannel.JWT_DEVICES, permanentToken.strip(),
                        clientAddress.of(http)).access())
                .build();
    }
}
