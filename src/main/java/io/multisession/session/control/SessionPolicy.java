package io.multisession.session.control;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;

/**
 * The policy of one session type. Names follow the seed's settings (see docs/configuration.md for the mapping).
 *
 * @param refreshTokenLifetime       how long a session lives after login, and after each extension
 * @param accessTokenLifetime        lifetime of each access token (never beyond the session's end)
 * @param maxSessionLifetime         absolute cap from login: no extension goes past it
 * @param rotateRefreshTokens        every refresh answers with a new refresh token and retires the old one
 * @param updateLastLogin            every refresh sets the session's {@code last_update}
 * @param blacklistAfterRotation     a retired refresh token used again after the grace window ends the session
 * @param extendSession              refreshes may push the session's end out
 * @param extendSessionEveryTime     ... on every refresh
 * @param extendSessionOnceAfterEach ... otherwise at most once per this interval
 * @param limitNumberOfAvailSessions enforce {@code maxNumberActiveSessions} per user for this type
 * @param maxNumberActiveSessions    the limit
 * @param destroyOldestActiveSession at the limit, end the least recently updated session instead of refusing
 * @param limitExemptGroups          users in any of these groups have no limit for this type (django-token-manager
 *                                   capped only non-staff users)
 */
public record SessionPolicy(
        String type,
        Duration refreshTokenLifetime,
        Duration accessTokenLifetime,
        Duration maxSessionLifetime,
        boolean rotateRefreshTokens,
        boolean updateLastLogin,
        boolean blacklistAfterRotation,
        boolean extendSession,
        boolean extendSessionEveryTime,
        Duration extendSessionOnceAfterEach,
        boolean limitNumberOfAvailSessions,
        int maxNumberActiveSessions,
        boolean destroyOldestActiveSession,
        Set<String> limitExemptGroups) {

    public SessionPolicy {
        limitExemptGroups = Set.copyOf(limitExemptGroups);
    }

    /** Whether the limit applies to a user in {@code groups}. */
    public boolean limits(Collection<String> groups) {
        return limitNumberOfAvailSessions && Collections.disjoint(limitExemptGroups, groups);
    }
}
