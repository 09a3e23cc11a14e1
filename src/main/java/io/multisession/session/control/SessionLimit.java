package io.multisession.session.control;

import java.util.Collection;

/**
 * The limit of active sessions per user and type: whether a new login may start a session and how many of the
 * oldest must end first, and what the session list reports as "Available Sessions".
 */
public final class SessionLimit {

    static final String UNLIMITED = "Unlimited";

    private SessionLimit() {
    }

    /** @param allowed whether the new session may start; @param sessionsToEnd how many of the oldest end first */
    public record Decision(boolean allowed, int sessionsToEnd) {
        static final Decision ALLOW = new Decision(true, 0);
        static final Decision REJECT = new Decision(false, 0);
    }

    public static Decision forNewSession(SessionPolicy policy, Collection<String> groups, int activeSessions) {
        if (!policy.limits(groups) || activeSessions < policy.maxNumberActiveSessions()) {
            return Decision.ALLOW;
        }
        if (policy.destroyOldestActiveSession()) {
            return new Decision(true, activeSessions - policy.maxNumberActiveSessions() + 1);
        }
        return Decision.REJECT;
    }

    /** How many more sessions the limit allows, as the seed's string; never negative (the seed used {@code abs}). */
    public static String available(SessionPolicy policy, Collection<String> groups, int activeSessions) {
        if (!policy.limits(groups)) {
            return UNLIMITED;
        }
        return String.valueOf(Math.max(0, policy.maxNumberActiveSessions() - activeSessions));
    }
}
