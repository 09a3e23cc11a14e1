package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

/** Polls for what the service does asynchronously (key switch-over, last-seen write, recovery after an outage). */
final class Await {

    private Await() {
    }

    /** A condition that may fail to be read (a request, a log file): that counts as not met yet only by returning false. */
    @FunctionalInterface
    interface Condition {
        boolean met() throws Exception;
    }

    static void until(Condition condition, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.met()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + seconds + " s");
            Thread.sleep(300);
        }
    }
}
