package io.multisession.session.control;

import java.time.Duration;
import java.util.Optional;

/**
 * What login and refresh hand out.
 *
 * @param refresh present on login, and on refresh when the policy rotates refresh tokens
 */
public record IssuedTokens(String access, Optional<String> refresh, String sessionId, Duration accessExpiresIn) {
}
