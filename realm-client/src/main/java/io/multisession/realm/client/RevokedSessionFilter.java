package io.multisession.realm.client;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a request whose MP-JWT token belongs to a session the feed names revoked: 401, from memory. While the
 * feed is stale, does what {@code multisession.realm.on-stale} says.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class RevokedSessionFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RevokedSessionFilter.class.getName());
    private static final String PROBLEM = "application/problem+json";
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    @Inject
    RevocationFeedFollower feed;

    @Inject
    RealmService service;

    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) || !feed.following()) {
            return;
        }
        String sessionId = sessionId(token);
        if (sessionId != null && feed.isRevoked(sessionId)) {
            request.abortWith(revoked());
            return;
        }
        if (!feed.isStale()) {
            return;
        }
        switch (feed.onStale()) {
            case INTROSPECT -> introspect(request, token);
            case REJECT -> request.abortWith(unavailable());
            case ACCEPT -> warnAtMostEveryMinute();
        }
    }

    private void introspect(ContainerRequestContext request, JsonWebToken token) {
        try {
            if (!service.active(token.getRawToken())) {
                request.abortWith(revoked());
            }
        } catch (IOException | RuntimeException e) {
            request.abortWith(unavailable());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abortWith(unavailable());
        }
    }

    private void warnAtMostEveryMinute() {
        Instant now = Instant.now();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARNING_INTERVAL)) && lastWarning.compareAndSet(last, now)) {
            LOG.warning("The revocation feed is stale: accepting tokens without knowing whether their session ended");
        }
    }

    private static String sessionId(JsonWebToken token) {
        Object sid = token.getClaim("sid");
        if (sid instanceof JsonString json) {
            return json.getString();
        }
        return sid instanceof String text ? text : null;
    }

    private static Response revoked() {
        return problem(401, "session-ended", "The session of this token has ended.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    private static Response unavailable() {
        return problem(503, "realm-unavailable", "Cannot tell whether the session of this token has ended; retry.")
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String detail) {
        return Response.status(status).type(PROBLEM).entity(Json.createObjectBuilder()
                .add("type", "urn:multisession:problem:" + type)
                .add("title", Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .build().toString());
    }
}
