package io.multisession.user.control;

import io.multisession.audit.control.AuditLog;
import io.multisession.audit.control.Audited;
import io.multisession.audit.entity.AuditEventType;
import io.multisession.user.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores a password again after a login proved it, when the stored hash was made with another algorithm or other
 * parameters than configured now (PBKDF2 from before Argon2id, or older Argon2id settings): the only moment the
 * password itself is at hand. The new hash is computed before this transaction starts.
 */
@ApplicationScoped
public class PasswordRehash {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Replaces the hash only if it is still {@code checked}: a password changed meanwhile is left alone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replace(String username, String checked, String rehashed, String algorithm) {
        UserAccount account = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && account.passwordHash().equals(checked)) {
            account.setPasswordHash(rehashed);
            audit.record(Audited.accountChange(AuditEventType.PASSWORD_REHASHED, username, username, algorithm));
        }
    }
}
