package io.multisession.revocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456Z");
    static final Duration LAG = Duration.ofSeconds(2);

    @Test
    void aReadStartsAtTheBeginningAndContinuesALagBeforeItsFirstPage() {
        FeedCursor first = FeedCursor.start(NOW, LAG);
        assertEquals(Instant.EPOCH, first.revokedAt());
        FeedCursor page = first.after(Instant.parse("2026-12-01T09:59:00.000001Z"), 7);
        assertEquals(NOW.minus(LAG), page.watermark(), "pages of one read keep its watermark");
        FeedCursor next = page.next(NOW.plusSeconds(5), LAG);
        assertEquals(NOW.minus(LAG), next.revokedAt(), "the next read starts a lag before this read began");
        assertEquals(0, next.id());
        assertEquals(NOW.plusSeconds(3), next.watermark());
    }

    @Test
    void theTextKeepsMicroseconds() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-12-01T09:59:00.000001Z"), 42, NOW);
        assertEquals(Optional.of(cursor), FeedCursor.parse(cursor.toString()));
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : new String[] {"", "1.2", "a.b.c", "1.2.3.4", "-1.2.3", "1.2.3 ", "9".repeat(19) + ".1.1"}) {
            assertTrue(FeedCursor.parse(text).isEmpty(), text);
        }
    }
}
