package io.multisession.session.control;

import io.multisession.session.entity.SessionOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Inserts a user's {@link SessionOwner} row in a transaction of its own, so every parallel login can lock it. */
@ApplicationScoped
public class SessionOwnerRegistration {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(String username) {
        em.persist(new SessionOwner(username));
    }
}
