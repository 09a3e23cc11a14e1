package io.multisession.session.control;

import java.time.Duration;
import java.util.Set;

/** Policies for unit tests, built like config would build them. */
final class Policies {

    private Policies() {
    }

    static SessionPolicy extending(boolean everyTime, Duration onceAfterEach, Duration lifetime, Duration max) {
        return new SessionPolicy("T", lifetime, Duration.ofMinutes(5), max, false, false, true, true, everyTime,
                onceAfterEach, false, 1, false, Set.of());
    }

    static SessionPolicy limited(boolean limit, int max, boolean destroyOldest) {
        return new SessionPolicy("T", Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofDays(7), false, false, true,
                false, false, Duration.ofHours(12), limit, max, destroyOldest, Set.of());
    }

    static SessionPolicy limitedExcept(int max, String... exemptGroups) {
        return new SessionPolicy("T", Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofDays(7), false, false, true,
                false, false, Duration.ofHours(12), true, max, true, Set.of(exemptGroups));
    }
}
