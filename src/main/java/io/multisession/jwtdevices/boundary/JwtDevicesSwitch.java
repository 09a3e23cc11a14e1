package io.multisession.jwtdevices.boundary;

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

/**
 * The routes exist only where a deployment switched them on: otherwise they are a 404, before authentication, as if
 * they were not there. Read on each request, so the switch takes effect without a restart.
 */
@jakarta.ws.rs.ext.Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class JwtDevicesSwitch implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "multisession.compat.jwt-devices.enabled")
    Provider<Boolean> enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (JwtDevicesRoutes.contains(RequestPaths.normalised(request.getUriInfo().getPath())) && !enabled.get()) {
            throw new NotFoundException();
        }
    }
}
