package io.multisession.platform;

import jakarta.ws.rs.core.Response;

/**
 * A family of routes for clients of another package (the seeds' DRF clients): which paths are its, whether the
 * deployment switched it on, and how it answers errors when its clients parse another shape than problem documents
 * ({@code {"detail": …}}, {@code {"non_field_errors": […]}}, {@code {"<field>": […]}}). A CDI bean.
 * {@link RouteFamilySwitch} hides a family that is off; {@link ProblemMapper} still decides every answer and asks the
 * family of the request's path, when it is on, only how to write it, so errors stay mapped in one place.
 */
public interface RouteFamily {

    /** @param path the request path, {@link RequestPaths#normalised normalised} */
    boolean owns(String path);

    /** Read on each request, so that a switch takes effect without a restart. */
    boolean enabled();

    Response write(Problem problem);
}
