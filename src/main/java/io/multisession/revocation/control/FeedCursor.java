package io.multisession.revocation.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a realm client is in the revocation feed: after the entry ({@code revokedAt}, {@code id}) of the current
 * read, and, once that read is done, from {@code watermark} on. Revocations are stamped just before they commit, so
 * one stamped earlier may become visible after a later one was read; the watermark stays a commit lag behind the
 * time of the read's first page, so the next read returns such late entries (and repeats a few: a client keeps a set,
 * and a revoked session stays revoked). Opaque to clients: {@code <revokedAt µs>.<id>.<watermark µs>}, in
 * microseconds as the database keeps the stamps (a coarser cursor would return the last entries of a page again).
 */
public record FeedCursor(Instant revokedAt, long id, Instant watermark) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18})");

    /** The first read of a client: everything still revoked, then changes from a commit lag before now. */
    public static FeedCursor start(Instant now, Duration commitLag) {
        return new FeedCursor(Instant.EPOCH, 0, now.minus(commitLag));
    }

    /** A cursor a client sent back, or empty if it is none of ours (at most 56 characters, so never a long read). */
    public static Optional<FeedCursor> parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeedCursor(ofMicros(Long.parseLong(matcher.group(1))),
                Long.parseLong(matcher.group(2)), ofMicros(Long.parseLong(matcher.group(3)))));
    }

    /** The next page of the same read: after its last entry, the same watermark. */
    public FeedCursor after(Instant entryRevokedAt, long entryId) {
        return new FeedCursor(entryRevokedAt, entryId, watermark);
    }

    /** Once a read is complete: the next read starts at the watermark, whose own watermark is a lag before now. */
    public FeedCursor next(Instant now, Duration commitLag) {
        return new FeedCursor(watermark, 0, now.minus(commitLag));
    }

    @Override
    public String toString() {
        return micros(revokedAt) + "." + id + "." + Math.max(0, micros(watermark));
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static Instant ofMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
