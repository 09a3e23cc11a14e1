package io.multisession.user.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multisession.platform.SecurityAdminRequiredException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegesTest {

    @Test
    void anAccountInEitherAdminGroupIsPrivileged() {
        assertTrue(Privileges.isPrivileged(List.of("user", "admin")));
        assertTrue(Privileges.isPrivileged(List.of("security-admin")));
        assertFalse(Privileges.isPrivileged(List.of("user", "staff", "administrators")));
        assertFalse(Privileges.isPrivileged(List.of()));
    }

    @Test
    void onlyASecurityAdminGrantsPrivilegedGroups() {
        assertThrows(SecurityAdminRequiredException.class, () -> Privileges.requireMayGrant(List.of("admin"), false));
        assertThrows(SecurityAdminRequiredException.class,
                () -> Privileges.requireMayGrant(List.of("staff", "security-admin"), false));
        assertDoesNotThrow(() -> Privileges.requireMayGrant(List.of("staff"), false));
        assertDoesNotThrow(() -> Privileges.requireMayGrant(List.of("admin", "security-admin"), true));
    }

    @Test
    void onlyASecurityAdminActsOnAPrivilegedAccount() {
        assertThrows(SecurityAdminRequiredException.class,
                () -> Privileges.requireMayActOn(List.of("user", "security-admin"), false));
        assertThrows(SecurityAdminRequiredException.class, () -> Privileges.requireMayActOn(List.of("admin"), false));
        assertDoesNotThrow(() -> Privileges.requireMayActOn(List.of("user", "staff"), false));
        assertDoesNotThrow(() -> Privileges.requireMayActOn(List.of("admin"), true));
        assertFalse(Privileges.mayActOn(List.of("admin"), false));
        assertTrue(Privileges.mayActOn(List.of("user"), false));
    }

    @Test
    void groupNamesThatDoNotFitAreDroppedNeverSplit() {
        assertEquals(List.of("readers", "ops.team_1"),
                GroupNames.validOf(List.of("x,admin", "readers", "admin ", "", "g".repeat(65), "ops.team_1", "readers"),
                        "someone"));
        assertTrue(GroupNames.isValid("security-admin"));
        assertFalse(GroupNames.isValid("a,b"));
        assertFalse(GroupNames.isValid(null));
    }
}
