package io.multisession.backchannel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesWithEachFailure() {
        assertEquals(Duration.ofSeconds(5), backoff.after(1));
        assertEquals(Duration.ofSeconds(10), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(4));
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        assertEquals(Duration.ofMinutes(10), backoff.after(8));
        assertEquals(Duration.ofMinutes(10), backoff.after(Integer.MAX_VALUE));
    }
}
