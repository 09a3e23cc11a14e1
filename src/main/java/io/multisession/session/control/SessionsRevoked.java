package io.multisession.session.control;

import java.time.Instant;
import java.util.List;

/**
 * Fired when sessions end before their time, in their transaction: the revocation log and the back-channel logout
 * outbox record them in it, and the in-memory views take them after the commit, so they never hold a revocation
 * that the database rolled back.
 *
 * @param sessions          the ended sessions
 * @param accessTokensUntil no access token of these sessions is valid after this instant
 */
public record SessionsRevoked(List<EndedSession> sessions, Instant accessTokensUntil) {

    /** An ended session and the user it belonged to. */
    public record EndedSession(String id, String owner) {
    }

    public List<String> sessionIds() {
        return sessions.stream().map(EndedSession::id).toList();
    }
}
