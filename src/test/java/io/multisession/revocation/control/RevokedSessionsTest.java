package io.multisession.revocation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multisession.session.control.SessionsRevoked;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevokedSessionsTest {

    final RevokedSessions revoked = new RevokedSessions();
    final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    RevokedSessionsTest() {
        revoked.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aRevokedSessionIsRefusedUntilItsLastAccessTokenExpired() {
        revoked.onRevoked(new SessionsRevoked(List.of(new SessionsRevoked.EndedSession("a", "alice"),
                new SessionsRevoked.EndedSession("b", "bob")), now.plus(Duration.ofMinutes(5))));
        assertTrue(revoked.isRevoked("a", now));
        assertTrue(revoked.isRevoked("b", now.plus(Duration.ofMinutes(5))));
        assertFalse(revoked.isRevoked("a", now.plus(Duration.ofMinutes(6))));
        assertFalse(revoked.isRevoked("c", now));
    }

    @Test
    void theLaterDeadlineWins() {
        revoked.add("a", now.plus(Duration.ofMinutes(10)));
        revoked.add("a", now.plus(Duration.ofMinutes(1)));
        assertTrue(revoked.isRevoked("a", now.plus(Duration.ofMinutes(9))));
    }

    @Test
    void onlyWhatWasNotKnownCountsAsAnAddition() {
        revoked.add("a", now.plus(Duration.ofMinutes(5)));
        long known = revoked.additions();
        revoked.add("a", now.plus(Duration.ofMinutes(5)));
        revoked.add("a", now.plus(Duration.ofMinutes(1)));
        assertEquals(known, revoked.additions(), "the same revocation read again from the log");
        revoked.add("a", now.plus(Duration.ofMinutes(6)));
        revoked.add("b", now.plus(Duration.ofMinutes(5)));
        assertEquals(known + 2, revoked.additions());
    }
}
