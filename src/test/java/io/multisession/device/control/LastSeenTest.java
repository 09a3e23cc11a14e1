package io.multisession.device.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastSeenTest {

    final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    final LastSeen lastSeen = new LastSeen();

    LastSeenTest() {
        lastSeen.accuracy = Duration.ofMinutes(1);
    }

    @Test
    void oneWritePerWindowAndAddress() {
        assertTrue(lastSeen.shouldRecord("s", "1.1.1.1", t0));
        assertFalse(lastSeen.shouldRecord("s", "1.1.1.1", t0.plusSeconds(59)));
        assertTrue(lastSeen.shouldRecord("s", "1.1.1.1", t0.plusSeconds(60)));
    }

    @Test
    void aNewAddressIsWrittenAtOnce() {
        assertTrue(lastSeen.shouldRecord("s", "1.1.1.1", t0));
        assertTrue(lastSeen.shouldRecord("s", "2.2.2.2", t0.plusSeconds(1)));
    }

    @Test
    void aUseWrittenByARefreshIsWhatTheNextCheckComparesWith() {
        assertTrue(lastSeen.shouldRecord("s", "1.1.1.1", t0));
        lastSeen.written("s", "2.2.2.2", t0.plusSeconds(1));
        assertTrue(lastSeen.shouldRecord("s", "1.1.1.1", t0.plusSeconds(2)));
        assertFalse(lastSeen.shouldRecord("s", "1.1.1.1", t0.plusSeconds(3)));
    }
}
