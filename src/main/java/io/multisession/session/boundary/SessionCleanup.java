package io.multisession.session.boundary;

import io.multisession.session.control.SessionMetrics;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes sessions that expired or were revoked more than {@code multisession.cleanup.retention} ago (revoked ones
 * never sooner than the longest access-token lifetime, so a restart still knows every revocation that matters), in batches of
 * {@code multisession.cleanup.batch-size}, each its own short transaction, so logins are never blocked for long.
 * Runs every {@code multisession.cleanup.interval}; also refreshes the active-sessions gauge.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SessionCleanup {

    private static final Logger LOG = Logger.getLogger(SessionCleanup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SessionStore store;

    @Inject
    SessionPolicies policies;

    @Inject
    SessionMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.cleanup.interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "multisession.cleanup.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "multisession.cleanup.retention")
    Duration retention;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("session-cleanup", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        long started = System.nanoTime();
        int purged = purge();
        metrics.purged(purged);
        metrics.activeSessions(store.countActiveByType(clock.instant()));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " ended sessions in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    /**
     * Purges everything that is due, batch by batch; returns how many sessions went. An expired session can go after
     * {@code retention} (its access tokens expired with it); a revoked one must stay at least as long as the longest
     * access-token lifetime, so that the revocation is still reloaded after a restart.
     */
    public int purge() {
        Instant now = clock.instant();
        Duration longestAccess = policies.longestAccessTokenLifetime();
        Instant expiredCutoff = now.minus(retention);
        Instant revokedCutoff = now.minus(retention.compareTo(longestAccess) > 0 ? retention : longestAccess);
        int total = 0;
        int deleted;
        do {
            deleted = store.purgeBatch(expiredCutoff, revokedCutoff, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
