package io.multisession.jwtdevices.boundary;

import io.multisession.platform.DrfBodies;
import io.multisession.platform.Problem;
import io.multisession.platform.ProblemTypes;
import io.multisession.platform.RouteFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * drf-jwt-devices' routes as a family: on with {@code multisession.compat.jwt-devices.enabled}, and its error bodies
 * as its clients parse them: {@code {"non_field_errors": […]}} for credentials, {@code {"HTTP_PERMANENT_TOKEN": […]}}
 * for the permanent token, {@code {"<field>": […]}} for a field, a bare list for a view's own validation error,
 * {@code {"detail": …}} for everything else (a missing device included).
 */
@ApplicationScoped
public class JwtDevicesFamily implements RouteFamily {

    @Inject
    @ConfigProperty(name = "multisession.compat.jwt-devices.enabled")
    Provider<Boolean> enabled;

    @Override
    public boolean owns(String path) {
        return JwtDevicesRoutes.contains(path);
    }

    @Override
    public boolean enabled() {
        return enabled.get();
    }

    @Override
    public Response write(Problem problem) {
        if (ProblemTypes.INVALID_CREDENTIALS.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.fieldError("non_field_errors",
                    "Unable to log in with provided credentials."), problem);
        }
        if (ProblemTypes.INVALID_REFRESH_TOKEN.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.fieldError("HTTP_PERMANENT_TOKEN", "Invalid permanent_token value."),
                    problem);
        }
        if (ProblemTypes.SESSION_NOT_FOUND.equals(problem.type())) {
            return DrfBodies.answer(404, DrfBodies.detail("Device does not exist."), problem);
        }
        if (ProblemTypes.INVALID_REQUEST.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.invalid(problem), problem);
        }
        return DrfBodies.answer(problem.status(), DrfBodies.detail(problem.detail()), problem);
    }
}
