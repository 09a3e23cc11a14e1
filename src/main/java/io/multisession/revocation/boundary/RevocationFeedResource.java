package io.multisession.revocation.boundary;

import io.multisession.oauth.control.IntrospectionClients;
import io.multisession.platform.Jsons;
import io.multisession.platform.InvalidRequestException;
import io.multisession.revocation.control.FeedCursor;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /api/realm/revocations}: the revocation feed for realm clients, with the introspection clients'
 * credentials (HTTP Basic). Without a cursor it starts with every session revoked now; each answer gives the cursor
 * to send back, and {@code more} while the rest of a read follows at once. A client polls with the last cursor and
 * keeps a set of the session ids (an entry may come twice). {@link RevocationStreamServlet} serves the same feed as
 * Server-Sent Events.
 */
@Path("api/realm/revocations")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class RevocationFeedResource {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    @Inject
    IntrospectionClients clients;

    @Inject
    RevocationFeed feed;


    @GET
    public Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        clients.require(authorization, "The revocation feed");
        Optional<Integer> pageSize = limit == null ? Optional.of(DEFAULT_LIMIT) : pageSize(limit);
        if (pageSize.isEmpty()) {
            throw new InvalidRequestException("limit", "Must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        RevocationFeed.Page page = feed.read(cursor(cursor), pageSize.get());
        JsonArrayBuilder revoked = Jsons.array();
        page.entries().forEach(entry -> revoked.add(Jsons.object()
                .add("sid", entry.sessionId())
                .add("revoked_at", entry.revokedAt().toString())
                .add("tokens_valid_until", entry.tokensValidUntil().toString())));
        return Response.ok(Jsons.object()
                .add("revoked", revoked)
                .add("cursor", page.cursor().toString())
                .add("more", page.more())
                .build()).build();
    }

    /** The cursor a client sent, if any; a 400 problem if it is none of ours. The stream's servlet uses it too. */
    static Optional<FeedCursor> cursor(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<FeedCursor> cursor = FeedCursor.parse(text);
        if (cursor.isEmpty()) {
            throw new InvalidRequestException("cursor", "Not a cursor of this feed.");
        }
        return cursor;
    }

    private static Optional<Integer> pageSize(String limit) {
        try {
            int size = Integer.parseInt(limit);
            return size >= 1 && size <= MAX_LIMIT ? Optional.of(size) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
