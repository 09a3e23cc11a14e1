package io.multisession.revocation.boundary;

import io.multisession.device.control.ClientAddress;
import io.multisession.device.control.LastSeen;
import io.multisession.platform.Problem;
import io.multisession.platform.ProblemTypes;
import io.multisession.revocation.control.RevokedSessions;
import io.multisession.session.boundary.SessionActivity;
import io.multisession.token.control.AccessTokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What MP-JWT cannot know about an access token it has verified: whether its session has ended (refused on the very
 * next request, from memory, without a database query), whether it expired within the server's clock skew, and
 * when and from where the session was last used (written at most once per accuracy window, asynchronously).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    LastSeen lastSeen;

    @Inject
    SessionActivity activity;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Optional<String> sessionId = AccessTokens.sessionIdOf(token);
        if (sessionId.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (token.getExpirationTime() <= now.getEpochSecond()) {
            // MP-JWT implementations allow clock skew (SmallRye: 60 s, and 0 cannot be set); our tokens end on time
            refuse(request, ProblemTypes.UNAUTHORIZED, "The access token has expired.");
            return;
        }
        if (revokedSessions.isRevoked(sessionId.get(), now)) {
            refuse(request, ProblemTypes.SESSION_ENDED, "Session has ended.");
            return;
        }
        String ip = clientAddress.of(http);
        if (lastSeen.shouldRecord(sessionId.get(), ip, now)) {
            activity.recordSeen(sessionId.get(), ip, now);
        }
    }

    private static void refuse(ContainerRequestContext request, String type, String detail) {
        request.abortWith(Problem.of(type, 401, detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").toResponse());
    }
}
