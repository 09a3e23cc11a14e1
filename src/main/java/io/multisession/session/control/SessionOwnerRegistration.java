package io.multisession.session.control;

import io.multisession.session.entity.SessionOwner;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Inserts a user's {@link SessionOwner} row in a transaction of its own, so every parallel login can lock it.
 * An EJB rather than a CDI bean because the EJB contract guarantees what a failed REQUIRES_NEW does to the caller:
 * only the inner transaction rolls back, the caller's stays usable.
 */
@Stateless
public class SessionOwnerRegistration {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String username) {
        if (em.find(SessionOwner.class, username) == null) {
            em.persist(new SessionOwner(username));
        }
    }
}
