package io.multisession.session.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What login and refresh hand out, and whose session they belong to.
 *
 * @param refresh          present on login, and on refresh when the policy rotates refresh tokens
 * @param sessionExpiresAt when the refresh token stops working unless the session is extended (the console's cookie
 *                         lives as long)
 */
public record IssuedTokens(String access, Optional<String> refresh, String sessionId, Duration accessExpiresIn,
                           String owner, List<String> groups, Instant sessionExpiresAt) {
}
