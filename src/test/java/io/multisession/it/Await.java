package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls for what the service does asynchronously (key switch-over, last-seen write, recovery after an outage). */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + seconds + " s");
            Thread.sleep(300);
        }
    }
}
