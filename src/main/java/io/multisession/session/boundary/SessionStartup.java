package io.multisession.session.boundary;

import io.multisession.revocation.control.RevokedSessions;
import io.multisession.session.control.SessionPolicies;
import io.multisession.session.entity.LoginSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start: fails the deployment when the session policy config is invalid (the message names the key), and fills
 * the in-memory view of revoked sessions from the database, so a restart does not revive revoked access tokens.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SessionStartup {

    private static final Logger LOG = Logger.getLogger(SessionStartup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionPolicies policies;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        policies.loadOrFail();
        Duration window = policies.longestAccessTokenLifetime();
        Instant now = clock.instant();
        List<Object[]> revoked = em.createNamedQuery(LoginSession.REVOKED_SINCE, Object[].class)
                .setParameter("since", now.minus(window)).getResultList();
        for (Object[] row : revoked) {
            revokedSessions.add((String) row[0], ((Instant) row[1]).plus(window));
        }
        LOG.info(() -> "Session types " + policies.types() + "; " + revoked.size()
                + " recently revoked sessions loaded");
    }
}
