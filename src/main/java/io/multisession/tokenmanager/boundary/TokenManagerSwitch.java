package io.multisession.tokenmanager.boundary;

import io.multisession.platform.RequestPaths;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The routes exist only where a deployment switched them on; otherwise a 404 before authentication. */
@jakarta.ws.rs.ext.Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class TokenManagerSwitch implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "multisession.compat.token-manager.enabled")
    Provider<Boolean> enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (TokenManagerRoutes.contains(RequestPaths.normalised(request.getUriInfo().getPath())) && !enabled.get()) {
            throw new NotFoundException();
        }
    }
}
