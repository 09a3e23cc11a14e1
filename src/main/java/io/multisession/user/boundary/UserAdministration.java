package io.multisession.user.boundary;

import io.multisession.user.control.PasswordHashing;
import io.multisession.user.control.UsernameTakenException;
import io.multisession.user.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;

/** Creates accounts of the built-in identity store. */
@Stateless
public class UserAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public UserAccount create(String username, char[] password, List<String> groups) {
        if (em.find(UserAccount.class, username) != null) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = new UserAccount(username, passwords.hash(password), groups, clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException concurrentCreate) {
            throw new UsernameTakenException(username);
        }
        return account;
    }

    public boolean anyAccountExists() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0;
    }
}
