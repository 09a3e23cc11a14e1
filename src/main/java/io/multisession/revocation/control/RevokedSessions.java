package io.multisession.revocation.control;

import io.multisession.session.control.SessionsRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions that ended while access tokens of theirs may still be unexpired. Every authenticated request is checked
 * here instead of in the database. Entries leave once the last access token they could cover has expired, so memory
 * stays bounded by the revocations of the last access-token lifetime.
 */
@ApplicationScoped
public class RevokedSessions {

    private static final int PRUNE_EVERY = 1024;

    private final Map<String, Instant> revokedUntil = new ConcurrentHashMap<>();
    private final AtomicInteger additions = new AtomicInteger();

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsRevoked event) {
        event.sessionIds().forEach(id -> add(id, event.accessTokensUntil()));
    }

    public void add(String sessionId, Instant accessTokensUntil) {
        revokedUntil.merge(sessionId, accessTokensUntil, (a, b) -> a.isAfter(b) ? a : b);
        if (additions.incrementAndGet() % PRUNE_EVERY == 0) {
            Instant now = Instant.now();
            revokedUntil.values().removeIf(until -> until.isBefore(now));
        }
    }

    public boolean isRevoked(String sessionId, Instant now) {
        Instant until = revokedUntil.get(sessionId);
        return until != null && !until.isBefore(now);
    }
}
