package io.multisession.revocation.boundary;

import io.multisession.revocation.control.RevocationLog;
import io.multisession.revocation.control.RevokedSessions;
import io.multisession.revocation.entity.RevocationLogEntry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows the revocation log, so that a session ended on another instance sharing the database is refused here too,
 * within {@code multisession.revocation.poll-interval}, still without a query per request. Each poll reads what was
 * revoked since the newest entry seen, less {@code multisession.revocation.commit-lag}: a transaction that revoked
 * earlier may commit a little later, and reading an entry twice does no harm. Also deletes entries whose tokens
 * have all expired.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RevocationFollower {

    @Resource
    TimerService timers;

    @Inject
    RevocationLog log;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "multisession.revocation.poll-interval")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "multisession.revocation.commit-lag")
    Duration commitLag;

    private volatile Instant newestSeen;
    private volatile Instant lastPurge;

    @PostConstruct
    void start() {
        newestSeen = clock.instant();
        lastPurge = newestSeen;
        timers.createIntervalTimer(pollInterval.toMillis(), pollInterval.toMillis(),
                new TimerConfig("revocation-follower", false));
    }

    @Timeout
    void poll() {
        Instant since = newestSeen.minus(commitLag);
        for (RevocationLogEntry entry : log.revokedSince(since)) {
            revokedSessions.add(entry.sessionId(), entry.tokensValidUntil());
            if (entry.revokedAt().isAfter(newestSeen)) {
                newestSeen = entry.revokedAt();
            }
        }
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).toMinutes() >= 1) {
            lastPurge = now;
            log.purgeExpired(now);
        }
    }
}
