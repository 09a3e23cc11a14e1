package io.multisession.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** The routes of a {@link RouteFamily} exist only where a deployment switched it on; otherwise they are a 404. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RouteFamilySwitch implements ContainerRequestFilter {

    @Inject
    Instance<RouteFamily> families;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = RequestPaths.normalised(request.getUriInfo().getPath());
        if (families.stream().anyMatch(family -> family.owns(path) && !family.enabled())) {
            throw new NotFoundException();
        }
    }
}
