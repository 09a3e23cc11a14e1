package io.multisession.revocation.boundary;

import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemMapper;
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
        Optional<FeedCursor> cursor;
        try {
            clients.require(request.getHeader("Authorization"), "The revocation feed");
            String lastEventId = request.getHeader("Last-Event-ID");
            cursor = RevocationFeedResource.cursor(lastEventId != null ? lastEventId : request.getParameter("cursor"));
        } catch (ProblemException refused) {
            ProblemMapper.problemFor(refused).writeTo(response);
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
            ProblemMapper.problemFor(unreadable).writeTo(response);
            async.complete();
        }
    }
}
