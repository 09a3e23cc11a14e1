package io.multisession.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;

/**
 * The latency of every endpoint, as the timer {@code multisession_requests{endpoint="SessionResource.login"}}, through
 * {@link Meters}, so it is the same on every server (an annotation such as MicroProfile's {@code @Timed} would be
 * ignored where that API is missing). Runs first among the
 * filters after matching, so the access-token filter's refusals are timed too; requests that match no resource
 * method, or that authentication refuses before JAX-RS, are not.
 */
@Provider
@Priority(1)
public class RequestTimer implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestTimer.class.getName() + ".started";

    @Context
    ResourceInfo resource;

    @Inject
    Meters meters;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started && resource.getResourceMethod() != null) {
            String endpoint = resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
            meters.time("multisession_requests", Duration.ofNanos(System.nanoTime() - started),
                    Map.of("endpoint", endpoint));
        }
    }
}
