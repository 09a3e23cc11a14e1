package io.multisession.session.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a refresh with a given token means, decided from facts about the token and its session alone, so it can be
 * tested with a fixed clock. A rotated token presented again is a concurrent refresh of the same client only inside
 * the grace window and while its successor is still the session's current token; otherwise it is reuse (theft).
 */
public final class RefreshRotation {

    public enum Outcome {
        /** The current token: refresh (and rotate, if the policy says so). */
        REFRESH,
        /** A token rotated moments ago by a parallel request: hand out the same successor again. */
        SAME_SUCCESSOR,
        /** A rotated token after its grace window, or whose successor moved on: theft; refuse (and end, if blacklisting). */
        REUSE,
        /** The current token, but the request names another session type: end the session, refuse. */
        TYPE_MISMATCH
    }

    /**
     * @param presentedIsCurrent whether the token is the session's current refresh token
     * @param retiredAt          when the presented token was rotated away, if it was
     * @param successorIsCurrent whether the presented token's successor is the session's current token
     * @param sameType           whether the request names the session's own type
     */
    public record Attempt(boolean presentedIsCurrent, Optional<Instant> retiredAt, boolean successorIsCurrent,
                          boolean sameType) {
    }

    private RefreshRotation() {
    }

    /**
     * Whether a refresh with the current token changes the session row under this policy: rotation, last-login
     * updates or extension. When none does, a refresh only reads; last use is then recorded by the requests its
     * access token makes.
     */
    public static boolean changesSession(SessionPolicy policy) {
        return policy.rotateRefreshTokens() || policy.updateLastLogin() || policy.extendSession();
    }

    public static Outcome decide(Attempt attempt, Instant now, Duration grace) {
        if (!attempt.presentedIsCurrent()) {
            boolean withinGrace = attempt.retiredAt().map(at -> !now.isAfter(at.plus(grace))).orElse(false);
            return withinGrace && attempt.successorIsCurrent() && attempt.sameType()
                    ? Outcome.SAME_SUCCESSOR : Outcome.REUSE;
        }
        return attempt.sameType() ? Outcome.REFRESH : Outcome.TYPE_MISMATCH;
    }
}
