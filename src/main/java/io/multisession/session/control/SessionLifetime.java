package io.multisession.session.control;

import java.time.Instant;
import java.util.Optional;

/** Expiry and extension arithmetic of a session, from its policy and the current time. */
public final class SessionLifetime {

    private SessionLifetime() {
    }

    /** The absolute end of a session started at {@code createdAt}: no extension goes beyond it. */
    public static Instant latestEnd(SessionPolicy policy, Instant createdAt) {
        return createdAt.plus(policy.maxSessionLifetime());
    }

    public static Instant initialExpiry(SessionPolicy policy, Instant now) {
        return min(now.plus(policy.refreshTokenLifetime()), latestEnd(policy, now));
    }

    /**
     * The new end of the session when this refresh extends it, else empty. Extension happens on every refresh
     * ({@code extend-session-every-time}) or when {@code extend-session-once-after-each} has passed since the last
     * extension (or the login); the new end is {@code now + refresh-token-lifetime}, capped by {@link #latestEnd}.
     * Unlike the seed, extension is measured from now, not from the token's original issue time, so it is never a no-op.
     */
    public static Optional<Instant> extendedExpiry(SessionPolicy policy, Instant createdAt, Instant lastExtendedAt,
                                                   Instant currentExpiry, Instant now) {
        if (!policy.extendSession()) {
            return Optional.empty();
        }
        boolean due = policy.extendSessionEveryTime()
                || !now.isBefore(lastExtendedAt.plus(policy.extendSessionOnceAfterEach()));
        if (!due) {
            return Optional.empty();
        }
        Instant extended = min(now.plus(policy.refreshTokenLifetime()), latestEnd(policy, createdAt));
        return extended.isAfter(currentExpiry) ? Optional.of(extended) : Optional.empty();
    }

    /** Access tokens never outlive the session they belong to. */
    public static Instant accessTokenExpiry(SessionPolicy policy, Instant now, Instant sessionExpiry) {
        return min(now.plus(policy.accessTokenLifetime()), sessionExpiry);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
