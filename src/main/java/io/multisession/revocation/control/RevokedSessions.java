package io.multisession.revocation.control;

import io.multisession.platform.ExpiringMap;
import io.multisession.session.control.SessionsRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions that ended while access tokens of theirs may still be unexpired. Every authenticated request is checked
 * here instead of in the database. Entries leave once the last access token they could cover has expired, so memory
 * stays bounded by the revocations of the last access-token lifetime. The map has no capacity of its own: dropping
 * a revocation early would let that session's access tokens back in.
 */
@ApplicationScoped
public class RevokedSessions {

    @Inject
    Clock clock;

    private final ExpiringMap<String, Instant> revokedUntil = new ExpiringMap<>(ExpiringMap.UNBOUNDED);
    private final AtomicLong additions = new AtomicLong();

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsRevoked event) {
        event.sessionIds().forEach(id -> add(id, event.accessTokensUntil()));
    }

    public void add(String sessionId, Instant accessTokensUntil) {
        // the later deadline wins; a token is refused up to and including its deadline, hence one nanosecond more
        boolean[] learnt = {false};
        revokedUntil.compute(sessionId, clock.instant(), current -> {
            if (current != null && !current.value().isBefore(accessTokensUntil)) {
                return current;
            }
            learnt[0] = true;
            return new ExpiringMap.Entry<>(accessTokensUntil, accessTokensUntil.plusNanos(1));
        });
        if (learnt[0]) {
            additions.incrementAndGet();
        }
    }

    /**
     * Counts the revocations this instance has learnt of, committed ones only (its own after their commit, the
     * others' from the log), not counting those it knew already (the log is read with an overlap): when it has not
     * moved, the revocation log holds nothing new for the feed's streams.
     */
    public long additions() {
        return additions.get();
    }

    public boolean isRevoked(String sessionId, Instant now) {
        return revokedUntil.get(sessionId, now) != null;
    }
}
