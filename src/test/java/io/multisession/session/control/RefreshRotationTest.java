package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multisession.session.control.RefreshRotation.Attempt;
import io.multisession.session.control.RefreshRotation.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefreshRotationTest {

    static final Instant ROTATED = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration GRACE = Duration.ofSeconds(10);

    @Test
    void theCurrentTokenRefreshes() {
        assertEquals(Outcome.REFRESH, decide(new Attempt(true, Optional.empty(), false, true), ROTATED));
    }

    @Test
    void theCurrentTokenNamingAnotherTypeEndsTheSession() {
        assertEquals(Outcome.TYPE_MISMATCH, decide(new Attempt(true, Optional.empty(), false, false), ROTATED));
    }

    @Test
    void aRotatedTokenWithinTheGraceWindowGetsTheSameSuccessor() {
        Attempt concurrent = new Attempt(false, Optional.of(ROTATED), true, true);
        assertEquals(Outcome.SAME_SUCCESSOR, decide(concurrent, ROTATED.plusSeconds(3)));
        assertEquals(Outcome.SAME_SUCCESSOR, decide(concurrent, ROTATED.plus(GRACE)), "the window's last instant");
    }

    @Test
    void aRotatedTokenAfterTheWindowIsReuse() {
        assertEquals(Outcome.REUSE, decide(new Attempt(false, Optional.of(ROTATED), true, true),
                ROTATED.plus(GRACE).plusMillis(1)));
    }

    @Test
    void aRotatedTokenWhoseSuccessorWasRotatedAgainIsReuse() {
        assertEquals(Outcome.REUSE, decide(new Attempt(false, Optional.of(ROTATED), false, true), ROTATED.plusSeconds(1)));
    }

    @Test
    void aRotatedTokenNamingAnotherTypeIsReuseEvenWithinTheWindow() {
        assertEquals(Outcome.REUSE, decide(new Attempt(false, Optional.of(ROTATED), true, false), ROTATED.plusSeconds(1)));
    }

    @Test
    void aTokenOfTheSessionThatWasNeverRetiredHereIsReuse() {
        assertEquals(Outcome.REUSE, decide(new Attempt(false, Optional.empty(), true, true), ROTATED));
    }

    private static Outcome decide(Attempt attempt, Instant now) {
        return RefreshRotation.decide(attempt, now, GRACE);
    }
}
