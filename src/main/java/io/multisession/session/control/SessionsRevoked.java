package io.multisession.session.control;

import java.time.Instant;
import java.util.List;

/**
 * Fired when sessions end before their time, in their transaction: the revocation log records them in it, and the
 * in-memory views take them after the commit, so they never hold a revocation that the database rolled back.
 *
 * @param sessionIds        the ended sessions
 * @param accessTokensUntil no access token of these sessions is valid after this instant
 */
public record SessionsRevoked(List<String> sessionIds, Instant accessTokensUntil) {
}
