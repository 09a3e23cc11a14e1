package io.multisession.realm.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the service's revocation feed in the background, every {@code multisession.realm.poll-interval}, into the set
 * of revoked sessions, and says when it has been silent longer than {@code multisession.realm.max-staleness} (also
 * before its first read). A failed read keeps the cursor, so nothing is skipped when the service is back.
 */
@ApplicationScoped
public class RevocationFeedFollower {

    private static final Logger LOG = Logger.getLogger(RevocationFeedFollower.class.getName());

    @Inject
    RealmService service;

    @Inject
    @ConfigProperty(name = "multisession.realm.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "multisession.realm.max-staleness")
    Duration maxStaleness;

    @Inject
    @ConfigProperty(name = "multisession.realm.on-stale")
    String onStaleSetting;

    private final RevokedSessionSet revoked = new RevokedSessionSet();
    private volatile Optional<String> cursor = Optional.empty();
    private volatile Instant lastRead;
    private volatile boolean failing;
    private OnStale onStale;
    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        try {
            onStale = OnStale.valueOf(onStaleSetting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("multisession.realm.on-stale: '" + onStaleSetting
                    + "' is not introspect, reject or accept", e);
        }
        if (!service.configured()) {
            LOG.warning("multisession.realm.url, .client-id and .client-secret are not all set:"
                    + " tokens of revoked sessions are not refused");
            return;
        }
        polling = scheduler().scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The server's default scheduler, looked up rather than injected: Payara does not bind {@code @Resource} fields
     * of beans in a library jar.
     */
    private static ManagedScheduledExecutorService scheduler() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("The realm client needs the server's default managed scheduled executor", e);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(true);
        }
    }

    public boolean following() {
        return polling != null;
    }

    public OnStale onStale() {
        return onStale;
    }

    public boolean isRevoked(String sessionId) {
        return revoked.contains(sessionId, Instant.now());
    }

    public boolean isStale() {
        Instant last = lastRead;
        return last == null || Instant.now().isAfter(last.plus(maxStaleness));
    }

    public void poll() {
        try {
            JsonObject page;
            do {
                page = service.feed(cursor);
                for (JsonObject entry : page.getJsonArray("revoked").getValuesAs(JsonObject.class)) {
                    revoked.add(entry.getString("sid"), Instant.parse(entry.getString("tokens_valid_until")));
                }
                cursor = Optional.of(page.getString("cursor"));
            } while (page.getBoolean("more"));
            revoked.purge(Instant.now());
            lastRead = Instant.now();
            if (failing) {
                failing = false;
                LOG.info("The revocation feed is reachable again");
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warning("Cannot read the revocation feed (" + e + "); after multisession.realm.max-staleness, "
                        + "multisession.realm.on-stale=" + onStale.name().toLowerCase(Locale.ROOT) + " applies");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
