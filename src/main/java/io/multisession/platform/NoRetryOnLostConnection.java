package io.multisession.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink (named in {@code persistence.xml}): a statement that fails on a lost connection is not retried on a new
 * one. The retry would run inside the same JTA transaction, which the server's pool has already marked for rollback
 * when it dropped the connection: it could only fail, later, and hide the lost connection (answered 503 with
 * Retry-After by {@code ProblemMapper}) behind a "transaction marked for rollback" (a 500). The client retries instead.
 */
public class NoRetryOnLostConnection implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setConnectionHealthValidatedOnError(false);
            login.setQueryRetryAttemptCount(0);
        }
    }
}
