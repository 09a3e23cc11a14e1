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
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * A connected client: the asynchronous response its events are written to, until it leaves. Writes block; the
     * clients are the realm's own apps, so one that stops reading is not expected, and is dropped once its socket
     * refuses more.
     */
    public static final class Client implements AsyncListener {
        private final AsyncContext async;
        private volatile boolean closed;

        public Client(AsyncContext async) {
            this.async = async;
            async.addListener(this);
        }

        void write(String event) throws IOException {
            if (closed) {
                throw new IOException("the client left");
            }
            OutputStream out = async.getResponse().getOutputStream();
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        boolean closed() {
            return closed;
        }

        void close() {
            if (!closed) {
                closed = true;
                try {
                    async.complete();
                } catch (IllegalStateException alreadyComplete) {
                    // the container ended it first
                }
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            closed = true;
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            closed = true;
        }

        @Override
        public void onError(AsyncEvent event) {
            closed = true;
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }

    /** One stream: its client and where it is in the feed; one thread at a time writes to it. */
    private static final class Stream {
        final Client client;
        FeedCursor cursor;

        Stream(Client client, FeedCursor cursor) {
            this.client = client;
            this.cursor = cursor;
        }
    }

    /**
     * Starts a stream from {@code from}, or from everything revoked now. The first read and its checkpoint are sent
     * here, on the request's thread, so that only a stream that took them joins the others.
     */
    public void open(Client client, FeedCursor from) {
        Stream stream = new Stream(client, from != null ? from : FeedCursor.start(clock.instant(), commitLag));
        if (serveOrClose(stream, true)) {
            streams.add(stream);
            startTicker();
        }
    }

    private synchronized void startTicker() {
        if (ticker == null) {
            ticker = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
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
                if (stream.client.closed()) {
                    streams.remove(stream);
                } else if (changed || beat) {
                    serveOrClose(stream, beat);
                }
            }
        } catch (RuntimeException e) {
            // the ticker must survive a failed read (database down): the next tick tries again
            additionsRead = -1;
            LOG.log(Level.WARNING, "Revocation stream read failed: {0}", e.toString());
        }
    }

    /** Whether the stream took what was due; if not, it is closed and the others go on. */
    private boolean serveOrClose(Stream stream, boolean checkpoint) {
        try {
            synchronized (stream) {
                serve(stream, checkpoint);
            }
            return true;
        } catch (IOException gone) {
            LOG.log(Level.FINE, "Revocation stream closed: {0}", gone.toString());
            streams.remove(stream);
            stream.client.close();
            return false;
        }
    }

    private void serve(Stream stream, boolean checkpoint) throws IOException {
        for (int pages = 0; pages < PAGES_PER_TICK; pages++) {
            RevocationFeed.Page page = feed.read(Optional.of(stream.cursor), PAGE);
            StringBuilder events = new StringBuilder();
            for (RevocationLogEntry entry : page.entries()) {
                event(events, "revoked", stream.cursor.after(entry.revokedAt(), entry.id()), Jsons.object()
                        .add("sid", entry.sessionId())
                        .add("revoked_at", entry.revokedAt().toString())
                        .add("tokens_valid_until", entry.tokensValidUntil().toString())
                        .build().toString());
            }
            stream.cursor = page.cursor();
            boolean done = !page.more();
            if (done && checkpoint) {
                events.append("retry: ").append(RECONNECT_MILLIS).append('\n');
                event(events, "checkpoint", stream.cursor,
                        Jsons.object().add("cursor", stream.cursor.toString()).build().toString());
            }
            if (!events.isEmpty()) {
                stream.client.write(events.toString());
            }
            if (done) {
                return;
            }
        }
    }

    /** One event in the text/event-stream format; the data is one line of JSON. */
    private static void event(StringBuilder events, String name, FeedCursor id, String json) {
        events.append("event: ").append(name).append('\n')
                .append("id: ").append(id).append('\n')
                .append("data: ").append(json).append("\n\n");
    }

    @PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        streams.forEach(stream -> stream.client.close());
    }
}
