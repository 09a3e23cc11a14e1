package io.multisession.jwtdevices.boundary;

import io.multisession.device.control.ClientAddress;
import io.multisession.device.control.DeviceDetection;
import io.multisession.platform.JsonRequest;
import io.multisession.platform.Jsons;
import io.multisession.session.boundary.LoginRequest;
import io.multisession.session.boundary.Logins;
import io.multisession.session.control.IssuedTokens;
import io.multisession.session.entity.LoginChannel;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * drf-jwt-devices' login: a new device, {@code {"token", "permanent_token", "device_id"}}. The device is named by
 * the {@code X-Device-Model} header, else by its User-Agent. JSON or form bodies (forms become JSON before matching).
 */
@Path(JwtDevicesRoutes.LOGIN)
@ApplicationScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenResource {

    static final int MAX_CREDENTIAL = 1024;

    @Inject
    Logins logins;

    @Inject
    ClientAddress clientAddress;

    /** Read on each login: a change applies to new devices; existing ones keep their type. */
    @Inject
    @ConfigProperty(name = "multisession.compat.jwt-devices.session-type")
    Provider<String> sessionType;

    @Context
    HttpServletRequest http;

    @POST
    public JsonObject obtain(InputStream body) {
        JsonRequest request = JsonRequest.parse(body, Set.of("username", "password"));
        IssuedTokens tokens = logins.loginThrough(LoginChannel.JWT_DEVICES, new LoginRequest(
                request.requiredString("username", MAX_CREDENTIAL),
                request.requiredString("password", MAX_CREDENTIAL).toCharArray(),
                Optional.empty(), sessionType.get(), null, http.getHeader(HttpHeaders.USER_AGENT),
                DeviceDetection.model(http.getHeader(DeviceDetection.MODEL_HEADER)),
                clientAddress.of(http)));
        return Jsons.object()
                .add("token", tokens.access())
                .add("permanent_token", tokens.refresh().orElseThrow())
                .add("device_id", tokens.sessionId())
                .build();
    }
}
