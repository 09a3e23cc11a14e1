package io.multisession.session.boundary;

import io.multisession.session.control.SessionPolicies;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** At start, fails the deployment when the session policy config is invalid (the message names the key). */
@Singleton
@Startup
public class SessionStartup {

    private static final Logger LOG = Logger.getLogger(SessionStartup.class.getName());

    @Inject
    SessionPolicies policies;

    @PostConstruct
    void start() {
        policies.loadOrFail();
        LOG.info(() -> "Session types " + policies.types());
    }
}
