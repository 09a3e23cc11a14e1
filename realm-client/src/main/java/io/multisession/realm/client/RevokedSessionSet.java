package io.multisession.realm.client;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions the feed has named revoked, each until no token of it can be valid any more. */
final class RevokedSessionSet {

    private final Map<String, Instant> until = new ConcurrentHashMap<>();

    void add(String sessionId, Instant tokensValidUntil) {
        until.merge(sessionId, tokensValidUntil, (known, added) -> known.isAfter(added) ? known : added);
    }

    boolean contains(String sessionId, Instant now) {
        Instant end = until.get(sessionId);
        return end != null && end.isAfter(now);
    }

    /** Forgets the sessions whose tokens have all expired. */
    void purge(Instant now) {
        until.values().removeIf(end -> !end.isAfter(now));
    }

    int size() {
        return until.size();
    }
}
