package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls for what the service does asynchronously (key switch-over, last-seen write, recovery after an outage). */
final class Await {

    private Await() {
    }

    /** A condition that may fail to be read (a request, a log file): that counts as not met yet only by returning false. */
    @FunctionalInterface
    interface Condition {
        boolean met() throws Exception;
    }

    /** As below, with what was awaited in the failure's message. */
    static void until(Condition condition, Duration timeout, Supplier<String> what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.met()) {
            assertTrue(Instant.now().isBefore(deadline), () -> what.get() + ": not within " + timeout);
            Thread.sleep(100);
        }
    }

    static void until(Condition condition, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.met()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + seconds + " s");
            Thread.sleep(300);
        }
    }
}
