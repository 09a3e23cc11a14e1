package io.multisession.user.boundary;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.control.Audited;
import io.multisession.audit.entity.AuditEventType;
import io.multisession.platform.Paging;
import io.multisession.platform.Roles;
import io.multisession.user.control.AccountChanged;
import io.multisession.user.control.AccountRules;
import io.multisession.user.control.PasswordHashing;
import io.multisession.user.control.Privileges;
import io.multisession.user.control.UserNotFoundException;
import io.multisession.user.control.UserSearch;
import io.multisession.user.control.UsernameTakenException;
import io.multisession.user.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts of the built-in identity store: find, create, disable, delete, set password. Changes that must end sessions
 * fire {@link AccountChanged} in the same transaction. Creating or changing a privileged account needs
 * {@code security-admin} ({@link Privileges}).
 */
@Stateless
public class UserAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountChanged> accountChanges;

    /** ASVS 5.0 7.4.3: after a password change the account's sessions end (default). */
    @Inject
    @ConfigProperty(name = "multisession.password-change.ends-sessions")
    boolean passwordChangeEndsSessions;

    public UserAccount create(String username, char[] password, List<String> groups, String actor,
                              boolean actorIsSecurityAdmin) {
        AccountRules.requireValidUsername(username);
        AccountRules.requireValidPassword(password);
        AccountRules.requireValidGroups(groups);
        Privileges.requireMayGrant(groups, actorIsSecurityAdmin);
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
        audit.record(Audited.accountChange(AuditEventType.USER_CREATED, actor, username, String.join(" ", groups)));
        return account;
    }

    /** Ends the account and all its sessions. */
    public void delete(String username, String actor, boolean actorIsSecurityAdmin) {
        UserAccount account = changeable(username, actorIsSecurityAdmin);
        em.remove(account);
        accountChanges.fire(new AccountChanged(username, AccountChanged.Change.DELETED, actor, true));
        audit.record(Audited.accountChange(AuditEventType.USER_DELETED, actor, username, null));
    }

    /** Disabling ends all the account's sessions; enabling lets it log in again. */
    public void setEnabled(String username, boolean enabled, String actor, boolean actorIsSecurityAdmin) {
        UserAccount account = changeable(username, actorIsSecurityAdmin);
        account.setEnabled(enabled);
        accountChanges.fire(new AccountChanged(username,
                enabled ? AccountChanged.Change.ENABLED : AccountChanged.Change.DISABLED, actor, !enabled));
        audit.record(Audited.accountChange(enabled ? AuditEventType.USER_ENABLED : AuditEventType.USER_DISABLED, actor,
                username, null));
    }

    /** Sets a new password; ends the account's sessions unless {@code multisession.password-change.ends-sessions} is false. */
    public void setPassword(String username, char[] password, String actor, boolean actorIsSecurityAdmin) {
        AccountRules.requireValidPassword(password);
        UserAccount account = changeable(username, actorIsSecurityAdmin);
        account.setPasswordHash(passwords.hash(password));
        accountChanges.fire(new AccountChanged(username, AccountChanged.Change.PASSWORD_CHANGED, actor,
                passwordChangeEndsSessions));
        audit.record(Audited.accountChange(AuditEventType.PASSWORD_CHANGED, actor, username, null));
    }

    private UserAccount changeable(String username, boolean actorIsSecurityAdmin) {
        UserAccount account = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new UserNotFoundException();
        }
        Privileges.requireMayActOn(account.groups(), actorIsSecurityAdmin);
        return account;
    }

    /**
     * Makes an existing account a top admin ({@code admin} and {@code security-admin}), for installs whose first
     * admin predates the two levels; returns whether anything changed.
     */
    public boolean grantTopAdmin(String username, String actor) {
        UserAccount account = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new UserNotFoundException();
        }
        if (account.groups().containsAll(Privileges.PRIVILEGED_GROUPS)) {
            return false;
        }
        account.join(List.of(Roles.ADMIN, Roles.SECURITY_ADMIN));
        audit.record(Audited.accountChange(AuditEventType.GROUPS_CHANGED, actor, username,
                String.join(" ", account.groups())));
        return true;
    }

    /** One page of accounts whose name contains {@code query}, by name, and how many match in all. */
    public UserPage search(String query, Paging paging) {
        String pattern = UserSearch.containing(query);
        long total = em.createNamedQuery(UserAccount.COUNT_MATCHING, Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        List<UserAccount> accounts = em.createNamedQuery(UserAccount.MATCHING, UserAccount.class)
                .setParameter("pattern", pattern)
                .setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        return new UserPage(total, accounts);
    }

    public UserAccount find(String username) {
        UserAccount account = AccountRules.isValidUsername(username) ? em.find(UserAccount.class, username) : null;
        if (account == null) {
            throw new UserNotFoundException();
        }
        return account;
    }

    public boolean anyAccountExists() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0;
    }
}
