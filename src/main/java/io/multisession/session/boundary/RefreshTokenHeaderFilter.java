package io.multisession.session.boundary;

import io.multisession.platform.Problem;
import io.multisession.platform.ProblemTypes;
import io.multisession.platform.RequestPaths;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * drf-jwt-devices' PermittedHeadersMiddleware: a refresh token in a header ({@code Permanent-Token} and the like) is
 * refused with 400 everywhere but where refresh tokens belong, so that a client bug cannot spread a long-lived
 * secret into proxies and logs. The value itself is never read, echoed or logged. Request bodies are covered by the
 * strict field lists of each endpoint: only refresh, logout and (for the seed's sake) destroyAllOther accept
 * {@code refresh}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RefreshTokenHeaderFilter implements ContainerRequestFilter {

    static final List<String> REFRESH_TOKEN_HEADERS = List.of("Permanent-Token", "Refresh-Token", "X-Refresh-Token");
    static final Set<String> ALLOWED_PATHS = Set.of("api/session/refresh", "api/session/logout", "oauth2/revoke",
            "oauth2/introspect", "device-refresh-token");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean carriesRefreshToken = REFRESH_TOKEN_HEADERS.stream()
                .anyMatch(header -> request.getHeaderString(header) != null);
        String path = RequestPaths.normalised(request.getUriInfo().getPath());
        if (carriesRefreshToken && !ALLOWED_PATHS.contains(path)) {
            request.abortWith(Problem.of(ProblemTypes.REFRESH_TOKEN_IN_HEADER, 400,
                    "Refresh tokens are accepted only by the refresh and logout endpoints; remove the header.")
                    .toResponse());
        }
    }
}
