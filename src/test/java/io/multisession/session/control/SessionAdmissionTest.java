package io.multisession.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.multisession.session.control.SessionAdmission.Admission;
import io.multisession.session.control.SingleSessionRule.Scope;
import io.multisession.session.entity.LoginSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAdmissionTest {

    static final List<String> USER = List.of("user");
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    final LoginSession oldest = session("a", "T");
    final LoginSession middle = session("b", "T");
    final LoginSession newest = session("c", "T");
    final LoginSession otherType = session("d", "OTHER");

    @Test
    void underTheLimitNothingEnds() {
        Admission admission = SessionAdmission.decide(Policies.limited(true, 3, true), USER, Scope.NONE,
                List.of(oldest, middle));
        assertEquals(List.of(), admission.endedByLimit());
        assertEquals(List.of(), admission.endedBySingleSession());
    }

    @Test
    void atTheLimitTheLeastRecentlyUpdatedEnd() {
        Admission admission = SessionAdmission.decide(Policies.limited(true, 2, true), USER, Scope.NONE,
                List.of(oldest, middle, newest));
        assertEquals(List.of(oldest, middle), admission.endedByLimit());
    }

    @Test
    void atTheLimitRejectingTypesRefuseTheNewSession() {
        assertThrows(SessionLimitReachedException.class, () -> SessionAdmission.decide(Policies.limited(true, 2, false), USER, Scope.NONE,
                List.of(oldest, middle)));
    }

    @Test
    void aUserInALimitExemptGroupHasNoLimit() {
        SessionPolicy policy = Policies.limitedExcept(1, "staff");
        Admission admission = SessionAdmission.decide(policy, List.of("user", "staff"), Scope.NONE,
                List.of(oldest, middle, newest));
        assertEquals(List.of(), admission.endedByLimit());
        assertEquals(List.of(oldest, middle, newest), SessionAdmission.decide(policy, USER, Scope.NONE,
                List.of(oldest, middle, newest)).endedByLimit(), "others keep the limit of 1");
        assertEquals("Unlimited", SessionLimit.available(policy, List.of("staff"), 5));
        assertEquals("0", SessionLimit.available(policy, USER, 5));
    }

    @Test
    void unlimitedTypesAdmitAnyNumber() {
        Admission admission = SessionAdmission.decide(Policies.limited(false, 1, false), USER, Scope.NONE,
                List.of(oldest, middle, newest));
        assertEquals(List.of(), admission.endedByLimit());
    }

    @Test
    void singleSessionEndsTheRestOnceTheLimitHasTakenItsShare() {
        Admission admission = SessionAdmission.decide(Policies.limited(true, 2, true), USER, Scope.ALL_TYPES,
                List.of(oldest, otherType, middle, newest));
        assertEquals(List.of(oldest, middle), admission.endedByLimit());
        assertEquals(List.of(otherType, newest), admission.endedBySingleSession());
    }

    @Test
    void singleSessionOfTheSameTypeEndsEveryOtherSessionOfIt() {
        Admission admission = SessionAdmission.decide(Policies.limited(false, 1, false), USER, Scope.SAME_TYPE,
                List.of(oldest, middle));
        assertEquals(List.of(oldest, middle), admission.endedBySingleSession());
    }

    private static LoginSession session(String id, String type) {
        return new LoginSession(id, "owner", type, "hash-" + id, List.of("user"), null, NOW, NOW.plusSeconds(3600));
    }
}
