package io.multisession.revocation.boundary;

import io.multisession.revocation.control.RevokedSessions;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.control.SessionStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * At start, fills the in-memory view of revoked sessions from the database, so a restart does not revive the access
 * tokens of sessions that ended within the longest access-token lifetime.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SessionStartup"})
public class RevocationStartup {

    private static final Logger LOG = Logger.getLogger(RevocationStartup.class.getName());

    @Inject
    SessionStore sessions;

    @Inject
    SessionPolicies policies;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        Duration window = policies.longestAccessTokenLifetime();
        Map<String, Instant> revoked = sessions.revokedSince(clock.instant().minus(window));
        revoked.forEach((sessionId, at) -> revokedSessions.add(sessionId, at.plus(window)));
        LOG.info(() -> revoked.size() + " recently revoked sessions loaded");
    }
}
