package io.multisession.session.boundary;

import io.multisession.session.control.ClientAddress;
import io.multisession.session.control.LastSeen;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records when and from where a session was last used with its access token: at most once per accuracy window, and
 * then asynchronously, so that authenticated requests neither wait for nor cause a database write each.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class LastSeenFilter implements ContainerRequestFilter {

    @Inject
    LastSeen lastSeen;

    @Inject
    SessionManager sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            AccessTokens.sessionIdOf(token).ifPresent(sessionId -> {
                String ip = clientAddress.resolve(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
                Instant now = clock.instant();
                if (lastSeen.shouldRecord(sessionId, ip, now)) {
                    sessions.recordSeen(sessionId, ip, now);
                }
            });
        }
    }
}
