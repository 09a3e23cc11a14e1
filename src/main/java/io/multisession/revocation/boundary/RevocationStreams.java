package io.multisession.revocation.boundary;

import io.multisession.platform.Jsons;
import io.multisession.revocation.control.FeedCursor;
import io.multisession.revocation.control.RevokedSessions;
import io.multisession.revocation.entity.RevocationLogEntry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The revocation feed as Server-Sent Events: every connected realm client gets each revocation as an event whose
 * id is the feed cursor after it, so a client that reconnects with {@code Last-Event-ID} misses nothing. One thread
 * serves all streams: it reads the log for them only when this instance has learnt of a revocation (its own at
 * once after the commit, another instance's within {@code multisession.revocation.poll-interval}), and at every
 * {@code multisession.revocation.stream-heartbeat}, when each stream also gets a {@code checkpoint} event, so an idle
 * connection stays open and its client knows the feed is alive.
 */
@ApplicationScoped
public class RevocationStreams {

    private static final Logger LOG = Logger.getLogger(RevocationStreams.class.getName());
    /** How often the thread looks whether there is anything to read: the added latency of a stream. */
    private static final long TICK_MILLIS = 100;
    /** Pages one stream may read per tick, so one client catching up cannot hold the others back for long. */
    private static final int PAGES_PER_TICK = 5;
    static final int PAGE = 1000;
    static final long RECONNECT_MILLIS = 2000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RevocationFeed feed;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.revocation.commit-lag")
    Duration commitLag;

    @Inject
    @ConfigProperty(name = "multisession.revocation.stream-heartbeat")
    Duration heartbeat;

    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> ticker;
    private long additionsRead = -1;
    private Instant lastHeartbeat = Instant.EPOCH;

    /** One connected client: where it is in the feed, and whether it has had its first read. */
    private static final class Stream {
        final SseEventSink sink;
        final Sse sse;
        FeedCursor cursor;
        boolean started;

        Stream(SseEventSink sink, Sse sse, FeedCursor cursor) {
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
        }
    }

    /** Starts a stream from {@code from}, or from everything revoked now; the first events follow within a tick. */
    public void open(SseEventSink sink, Sse sse, FeedCursor from) {
        streams.add(new Stream(sink, sse, from != null ? from : FeedCursor.start(clock.instant(), commitLag)));
        startTicker();
    }

    private synchronized void startTicker() {
        if (ticker == null) {
            ticker = scheduler.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            long additions = revokedSessions.additions();
            boolean changed = additions != additionsRead;
            boolean beat = !Duration.between(lastHeartbeat, now).minus(heartbeat).isNegative();
            additionsRead = additions;
            if (beat) {
                lastHeartbeat = now;
            }
            for (Stream stream : streams) {
                if (stream.sink.isClosed()) {
                    streams.remove(stream);
                } else if (changed || beat || !stream.started) {
                    serve(stream, beat || !stream.started);
                }
            }
        } catch (RuntimeException e) {
            // the ticker must survive a failed read (database down): the next tick tries again
            additionsRead = -1;
            LOG.log(Level.WARNING, "Revocation stream read failed: {0}", e.toString());
        }
    }

    private void serve(Stream stream, boolean checkpoint) {
        for (int pages = 0; pages < PAGES_PER_TICK; pages++) {
            RevocationFeed.Page page = feed.read(Optional.of(stream.cursor), PAGE);
            for (RevocationLogEntry entry : page.entries()) {
                send(stream, stream.sse.newEventBuilder().name("revoked")
                        .id(stream.cursor.after(entry.revokedAt(), entry.id()).toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(Jsons.object()
                                .add("sid", entry.sessionId())
                                .add("revoked_at", entry.revokedAt().toString())
                                .add("tokens_valid_until", entry.tokensValidUntil().toString())
                                .build().toString())
                        .build());
            }
            stream.cursor = page.cursor();
            if (!page.more()) {
                if (checkpoint) {
                    send(stream, stream.sse.newEventBuilder().name("checkpoint").id(stream.cursor.toString())
                            .reconnectDelay(RECONNECT_MILLIS)
                            .data(Jsons.object().add("cursor", stream.cursor.toString()).build().toString())
                            .build());
                }
                stream.started = true;
                return;
            }
        }
    }

    private void send(Stream stream, OutboundSseEvent event) {
        stream.sink.send(event).whenComplete((sent, failure) -> {
            if (failure != null) {
                close(stream);
            }
        });
    }

    private void close(Stream stream) {
        streams.remove(stream);
        try {
            stream.sink.close();
        } catch (RuntimeException alreadyGone) {
            // the client left; nothing to tell it
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        streams.forEach(this::close);
    }
}
