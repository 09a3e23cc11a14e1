package io.multisession.session.boundary;

import io.multisession.platform.Problems;
import io.multisession.session.control.RevokedSessions;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses access tokens of ended sessions on the very next request. MP-JWT has already checked signature and expiry;
 * this adds the one thing a JWT cannot say by itself, from memory, without a database query.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RevocationFilter implements ContainerRequestFilter {

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            boolean ended = AccessTokens.sessionIdOf(token)
                    .filter(sessionId -> revokedSessions.isRevoked(sessionId, clock.instant())).isPresent();
            if (ended) {
                request.abortWith(Response.fromResponse(Problems.response(401, "Session has ended."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
            }
        }
    }
}
