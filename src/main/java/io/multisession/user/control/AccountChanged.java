package io.multisession.user.control;

/**
 * Fired inside the transaction that disables, deletes or re-passwords an account, so that whoever holds the
 * account's sessions ends them in the same transaction (ASVS 5.0 7.4.2, 7.4.3).
 *
 * @param endSessions whether the change must end the account's sessions
 */
public record AccountChanged(String username, Change change, String actor, boolean endSessions) {

    public enum Change {
        DISABLED, ENABLED, DELETED, PASSWORD_CHANGED
    }
}
