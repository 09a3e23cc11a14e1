package io.multisession.backchannel.control;

import java.time.Duration;

/**
 * How long to wait before the next attempt to deliver a logout token: {@code initial} after the first failure,
 * doubling with each further one, never more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

    /** @param failures failed attempts so far, at least 1 */
    public Duration after(int failures) {
        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
