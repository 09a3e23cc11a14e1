package io.multisession.bruteforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.enabled = true;
        throttle.maxFailures = 3;
        throttle.maxFailuresPerIp = 5;
        throttle.waitIncrement = Duration.ofSeconds(30);
        throttle.maxWait = Duration.ofMinutes(2);
        throttle.failureReset = Duration.ofHours(1);
    }

    @Test
    void theWaitGrowsWithEachFailurePastTheLimitUpToTheMaximum() {
        throttle.failed("alice", "a", t0);
        throttle.failed("alice", "a", t0);
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "a", t0));
        throttle.failed("alice", "a", t0);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.lockedFor("alice", "a", t0));
        Instant later = t0.plusSeconds(31);
        throttle.failed("alice", "a", later);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.lockedFor("alice", "a", later));
        for (int i = 0; i < 10; i++) {
            throttle.failed("alice", "a", later);
        }
        assertTrue(throttle.lockedFor("alice", "a", later).orElseThrow().compareTo(Duration.ofMinutes(2)) <= 0);
    }

    @Test
    void anotherAddressIsNotLockedForTheSameUser() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "attacker", t0);
        }
        assertTrue(throttle.lockedFor("alice", "attacker", t0).isPresent());
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "home", t0));
    }

    @Test
    void anAddressFailingForManyUsersIsLockedForAll() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "sprayer", t0);
        }
        assertTrue(throttle.lockedFor("someone-else", "sprayer", t0).isPresent());
    }

    @Test
    void successAndTimeForgetFailures() {
        throttle.failed("alice", "a", t0);
        throttle.failed("alice", "a", t0);
        throttle.succeeded("alice", "a");
        throttle.failed("alice", "a", t0);
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "a", t0));
        Instant muchLater = t0.plus(Duration.ofHours(2));
        throttle.failed("alice", "a", muchLater);
        throttle.failed("alice", "a", muchLater);
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "a", muchLater));
    }

    @Test
    void disabledMeansNeverLocked() {
        throttle.enabled = false;
        for (int i = 0; i < 10; i++) {
            throttle.failed("alice", "a", t0);
        }
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "a", t0));
    }
}
