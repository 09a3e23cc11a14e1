package io.multisession.revocation.boundary;

import io.multisession.revocation.control.FeedCursor;
import io.multisession.revocation.control.RevocationLog;
import io.multisession.revocation.entity.RevocationLogEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The revocation feed of realm clients: what is revoked now (every session whose access tokens may still be
 * presented), then what was revoked since, page by page, from the revocation log the service's own instances follow.
 */
@Stateless
public class RevocationFeed {

    @Inject
    RevocationLog log;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.revocation.commit-lag")
    Duration commitLag;

    /** One page; {@code more} says whether the rest of this read follows at once. */
    public record Page(List<RevocationLogEntry> entries, FeedCursor cursor, boolean more) {
    }

    /** The page after {@code from}, or the first page of everything revoked now. */
    public Page read(Optional<FeedCursor> from, int limit) {
        Instant now = clock.instant();
        FeedCursor cursor = from.orElseGet(() -> FeedCursor.start(now, commitLag));
        List<RevocationLogEntry> entries = log.feedPage(cursor, now, limit + 1);
        if (entries.size() <= limit) {
            return new Page(entries, cursor.next(now, commitLag), false);
        }
        RevocationLogEntry last = entries.get(limit - 1);
        return new Page(entries.subList(0, limit), cursor.after(last.revokedAt(), last.id()), true);
    }
}
