package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionLimitTest {

    @Test
    void withoutLimitEveryLoginIsAllowed() {
        SessionPolicy policy = Policies.limited(false, 2, false);
        assertEquals(new SessionLimit.Decision(true, 0), SessionLimit.forNewSession(policy, 100));
        assertEquals("Unlimited", SessionLimit.available(policy, 100));
    }

    @Test
    void belowTheLimitNothingEnds() {
        SessionPolicy policy = Policies.limited(true, 2, true);
        assertEquals(new SessionLimit.Decision(true, 0), SessionLimit.forNewSession(policy, 1));
        assertEquals("1", SessionLimit.available(policy, 1));
    }

    @Test
    void atTheLimitRejectOrEndTheOldest() {
        assertEquals(new SessionLimit.Decision(false, 0), SessionLimit.forNewSession(Policies.limited(true, 2, false), 2));
        assertEquals(new SessionLimit.Decision(true, 1), SessionLimit.forNewSession(Policies.limited(true, 2, true), 2));
    }

    @Test
    void overTheLimitAfterALoweredMaximumEndsEnoughToFitTheNewOne() {
        assertEquals(new SessionLimit.Decision(true, 4), SessionLimit.forNewSession(Policies.limited(true, 2, true), 5));
    }

    @Test
    void availableIsNeverNegative() {
        assertEquals("0", SessionLimit.available(Policies.limited(true, 2, true), 3));
        assertEquals("2", SessionLimit.available(Policies.limited(true, 2, true), 0));
    }
}
