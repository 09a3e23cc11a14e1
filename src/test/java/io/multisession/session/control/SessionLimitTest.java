package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLimitTest {

    @Test
    void withoutLimitEveryLoginIsAllowed() {
        SessionPolicy policy = Policies.limited(false, 2, false);
        assertEquals(new SessionLimit.Decision(true, 0), SessionLimit.forNewSession(policy, List.of(), 100));
        assertEquals("Unlimited", SessionLimit.available(policy, List.of(), 100));
    }

    @Test
    void belowTheLimitNothingEnds() {
        SessionPolicy policy = Policies.limited(true, 2, true);
        assertEquals(new SessionLimit.Decision(true, 0), SessionLimit.forNewSession(policy, List.of(), 1));
        assertEquals("1", SessionLimit.available(policy, List.of(), 1));
    }

    @Test
    void atTheLimitRejectOrEndTheOldest() {
        assertEquals(new SessionLimit.Decision(false, 0), SessionLimit.forNewSession(Policies.limited(true, 2, false), List.of(), 2));
        assertEquals(new SessionLimit.Decision(true, 1), SessionLimit.forNewSession(Policies.limited(true, 2, true), List.of(), 2));
    }

    @Test
    void overTheLimitAfterALoweredMaximumEndsEnoughToFitTheNewOne() {
        assertEquals(new SessionLimit.Decision(true, 4), SessionLimit.forNewSession(Policies.limited(true, 2, true), List.of(), 5));
    }

    @Test
    void availableIsNeverNegative() {
        assertEquals("0", SessionLimit.available(Policies.limited(true, 2, true), List.of(), 3));
        assertEquals("2", SessionLimit.available(Policies.limited(true, 2, true), List.of(), 0));
    }
}
