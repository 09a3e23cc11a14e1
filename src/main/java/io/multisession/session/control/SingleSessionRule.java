package io.multisession.session.control;

import java.util.Set;

/**
 * Decides whether a new login ends the user's older sessions (django-single-session's {@code SINGLE_USER_SESSION}).
 * The built-in rule reads config ({@link ConfiguredSingleSessionRule}); a deployer adds a rule of their own as a CDI
 * bean implementing this interface, e.g. by group. The broadest scope any rule answers applies.
 */
public interface SingleSessionRule {

    /** Which of the user's other sessions a new login ends. */
    enum Scope {
        NONE, SAME_TYPE, ALL_TYPES
    }

    Scope scopeFor(String username, Set<String> groups, String sessionType);
}
