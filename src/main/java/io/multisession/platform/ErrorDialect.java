package io.multisession.platform;

import jakarta.ws.rs.core.Response;

/**
 * How a family of routes answers errors when its clients parse another shape than problem documents (the seeds'
 * DRF bodies: {@code {"detail": …}}, {@code {"non_field_errors": […]}}, {@code {"<field>": […]}}). A CDI bean;
 * {@link ProblemMapper} still decides every answer and asks the dialect of the request's path only how to write it,
 * so errors stay mapped in one place.
 */
public interface ErrorDialect {

    /** @param path the request path, {@link RequestPaths#normalised normalised} */
    boolean answersFor(String path);

    Response write(Problem problem);
}
