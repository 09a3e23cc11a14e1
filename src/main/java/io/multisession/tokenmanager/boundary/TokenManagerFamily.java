package io.multisession.tokenmanager.boundary;

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
 * django-token-manager's routes as a family: on with {@code multisession.compat.token-manager.enabled}, and its error
 * bodies as its clients parse them: {@code {"non_field_errors": […]}} for credentials and verification,
 * {@code {"<field>": […]}} for a field (unknown ids in a delete list with 404), a bare list for a view's own refusal,
 * {@code {"detail": …}} for everything else.
 */
@ApplicationScoped
public class TokenManagerFamily implements RouteFamily {

    @Inject
    @ConfigProperty(name = "multisession.compat.token-manager.enabled")
    Provider<Boolean> enabled;

    @Override
    public boolean owns(String path) {
        return TokenManagerRoutes.contains(path);
    }

    @Override
    public boolean enabled() {
        return enabled.get();
    }

    @Override
    public Response write(Problem problem) {
        if (ProblemTypes.INVALID_CREDENTIALS.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.fieldError("non_field_errors",
                    "Unable to login with provided credentials."), problem);
        }
        if (ProblemTypes.TOKEN_NOT_VALID.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.fieldError("non_field_errors", problem.detail()), problem);
        }
        if (ProblemTypes.INVALID_REQUEST.equals(problem.type())) {
            return DrfBodies.answer(400, DrfBodies.invalid(problem), problem);
        }
        if (ProblemTypes.SESSION_NOT_FOUND.equals(problem.type())) {
            return DrfBodies.answer(404, problem.fieldErrors().isEmpty() ? DrfBodies.detail("Not found.")
                    : DrfBodies.invalid(problem), problem);
        }
        return DrfBodies.answer(problem.status(), DrfBodies.detail(problem.detail()), problem);
    }
}
