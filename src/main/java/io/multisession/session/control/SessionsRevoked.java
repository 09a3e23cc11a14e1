package io.multisession.session.control;

import java.time.Instant;
import java.util.List;

/**
 * Fired when sessions end before their time. Observed after the transaction commits, so the in-memory view never
 * holds a revocation that the database rolled back.
 *
 * @param sessionIds        the ended sessions
 * @param accessTokensUntil no access token of these sessions is valid after this instant
 */
public record SessionsRevoked(List<String> sessionIds, Instant accessTokensUntil) {
}
