package io.multisession.revocation.boundary;

import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.Problem;
import io.multisession.platform.ProblemTypes;
import io.multisession.platform.Problems;
import io.multisession.revocation.control.FeedCursor;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /api/realm/revocations/stream}: the revocation feed as Server-Sent Events, for realm clients with the
 * introspection clients' credentials, resuming after {@code Last-Event-ID} (or {@code ?cursor=}). A servlet rather
 * than a JAX-RS {@code SseEventSink}: RESTEasy (WildFly 39) now and then stopped delivering a stream's events when
 * they came from another thread than the request's, and a plain asynchronous response behaves the same on both
 * servers. Its exact path takes precedence over the JAX-RS application's {@code /*}.
 */
@WebServlet(urlPatterns = RevocationStreamServlet.PATH, asyncSupported = true)
public class RevocationStreamServlet extends HttpServlet {

    static final String PATH = "/api/realm/revocations/stream";

    @Inject
    IntrospectionClients clients;

    @Inject
    RevocationStreams streams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!clients.authenticated(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"multisession\"");
            refuse(response, Problem.of(ProblemTypes.INVALID_CLIENT, 401,
                    "The revocation feed needs client credentials (HTTP Basic)."));
            return;
        }
        String lastEventId = request.getHeader("Last-Event-ID");
        String cursorText = lastEventId != null ? lastEventId : request.getParameter("cursor");
        Optional<FeedCursor> cursor = cursorText == null ? Optional.empty() : FeedCursor.parse(cursorText);
        if (cursorText != null && cursor.isEmpty()) {
            refuse(response, Problem.of(ProblemTypes.INVALID_REQUEST, 400, "cursor: Not a cursor of this feed."));
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        try {
            streams.open(new RevocationStreams.Client(async), cursor.orElse(null));
        } catch (RuntimeException unreadable) {
            // the first read failed (the database is down): nothing was written yet, so the client gets a problem
            response.reset();
            response.setHeader("Retry-After", "5");
            refuse(response, Problem.of(ProblemTypes.STORE_UNAVAILABLE, 503,
                    "The session store is unavailable; retry shortly."));
            async.complete();
        }
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.body().toString());
    }
}
