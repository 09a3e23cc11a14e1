package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    static final Clock LOGIN_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final Instant LOGIN = LOGIN_CLOCK.instant();
    static final Duration DAY = Duration.ofDays(1);

    @Test
    void initialExpiryIsTheRefreshLifetime() {
        SessionPolicy policy = Policies.extending(true, DAY, Duration.ofDays(30), Duration.ofDays(90));
        assertEquals(LOGIN.plus(Duration.ofDays(30)), SessionLifetime.initialExpiry(policy, LOGIN));
    }

    @Test
    void initialExpiryNeverPassesTheMaximumLifetime() {
        SessionPolicy policy = Policies.extending(true, DAY, Duration.ofDays(30), Duration.ofDays(30));
        assertEquals(LOGIN.plus(Duration.ofDays(30)), SessionLifetime.initialExpiry(policy, LOGIN));
    }

    @Test
    void noExtensionWhenThePolicyDoesNotExtend() {
        SessionPolicy policy = Policies.limited(false, 1, false);
        Instant now = LOGIN.plus(Duration.ofHours(20));
        assertEquals(Optional.empty(),
                SessionLifetime.extendedExpiry(policy, LOGIN, LOGIN, LOGIN.plus(DAY), now));
    }

    @Test
    void everyTimeExtendsFromNowNotFromTheLogin() {
        SessionPolicy policy = Policies.extending(true, DAY, Duration.ofDays(30), Duration.ofDays(90));
        Instant now = LOGIN.plus(Duration.ofHours(1));
        assertEquals(Optional.of(now.plus(Duration.ofDays(30))),
                SessionLifetime.extendedExpiry(policy, LOGIN, LOGIN, LOGIN.plus(Duration.ofDays(30)), now));
    }

    @Test
    void onceAfterEachWaitsForTheIntervalSinceTheLastExtension() {
        SessionPolicy policy = Policies.extending(false, Duration.ofDays(15), Duration.ofDays(30), Duration.ofDays(90));
        Instant expiry = LOGIN.plus(Duration.ofDays(30));
        Instant early = LOGIN.plus(Duration.ofDays(14));
        assertEquals(Optional.empty(), SessionLifetime.extendedExpiry(policy, LOGIN, LOGIN, expiry, early));
        Instant due = LOGIN.plus(Duration.ofDays(15));
        assertEquals(Optional.of(due.plus(Duration.ofDays(30))),
                SessionLifetime.extendedExpiry(policy, LOGIN, LOGIN, expiry, due));
        Instant lastExtended = due;
        Instant dayLater = due.plus(DAY);
        assertEquals(Optional.empty(), SessionLifetime.extendedExpiry(policy, LOGIN, lastExtended,
                due.plus(Duration.ofDays(30)), dayLater));
    }

    @Test
    void extensionStopsAtTheMaximumLifetime() {
        SessionPolicy policy = Policies.extending(true, DAY, Duration.ofDays(30), Duration.ofDays(40));
        Instant now = LOGIN.plus(Duration.ofDays(20));
        assertEquals(Optional.of(LOGIN.plus(Duration.ofDays(40))),
                SessionLifetime.extendedExpiry(policy, LOGIN, LOGIN, LOGIN.plus(Duration.ofDays(30)), now));
        Instant atCap = LOGIN.plus(Duration.ofDays(40));
        assertEquals(Optional.empty(), SessionLifetime.extendedExpiry(policy, LOGIN, now, atCap, now.plus(DAY)));
    }

    @Test
    void accessTokensNeverOutliveTheirSession() {
        SessionPolicy policy = Policies.limited(false, 1, false);
        Instant sessionEnd = LOGIN.plus(Duration.ofMinutes(2));
        assertEquals(sessionEnd, SessionLifetime.accessTokenExpiry(policy, LOGIN, sessionEnd));
        Instant later = LOGIN.plus(DAY);
        assertEquals(LOGIN.plus(Duration.ofMinutes(5)), SessionLifetime.accessTokenExpiry(policy, LOGIN, later));
        assertTrue(SessionLifetime.latestEnd(policy, LOGIN).isAfter(later));
    }
}
