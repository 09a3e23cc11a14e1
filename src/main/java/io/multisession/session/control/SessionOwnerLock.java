package io.multisession.session.control;

import io.multisession.session.entity.SessionOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Serialises the logins of one user with a database row lock held until the login's transaction ends. A database
 * lock rather than a JVM one, so it also holds across several instances sharing the database.
 */
@ApplicationScoped
public class SessionOwnerLock {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionOwnerRegistration registration;

    /**
     * The row is made sure of first, in a transaction of its own, before the login's transaction touches the
     * database: so a login never holds two connections at once, even the first login of a user.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String username) {
        try {
            registration.register(username);
        } catch (RuntimeException createdConcurrently) {
            // a parallel first login of the same user inserted the row first; the lock below waits for it
        }
        if (em.find(SessionOwner.class, username, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("Session owner row for " + username + " could not be created");
        }
    }
}
