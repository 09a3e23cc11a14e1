package io.multisession.user.control;

import io.multisession.platform.Roles;
import io.multisession.platform.SecurityAdminRequiredException;
import java.util.Collection;
import java.util.Set;

/**
 * The two admin levels, as one rule for every boundary (account API, session admin, and any page built on them):
 * an account is <em>privileged</em> when it holds {@code admin} or {@code security-admin}, and only a
 * {@code security-admin} may create a privileged account, grant or remove a privileged group, or end the sessions
 * of, disable, delete or re-password a privileged account. Without it a plain admin could take over a
 * {@code security-admin} (set its password, log in as it) or mint one, and the two levels would be one.
 */
public final class Privileges {

    /** The groups that make an account privileged. */
    public static final Set<String> PRIVILEGED_GROUPS = Set.of(Roles.ADMIN, Roles.SECURITY_ADMIN);

    private Privileges() {
    }

    public static boolean isPrivileged(Collection<String> groups) {
        return groups.stream().anyMatch(PRIVILEGED_GROUPS::contains);
    }

    /** An account with {@code groups} may be created, or be given them, only by a {@code security-admin}. */
    public static void requireMayGrant(Collection<String> groups, boolean actorIsSecurityAdmin) {
        if (isPrivileged(groups) && !actorIsSecurityAdmin) {
            throw new SecurityAdminRequiredException();
        }
    }

    /**
     * Ending the sessions of, disabling, deleting or re-passwording the holder of {@code targetGroups} (an account's
     * groups, or the groups a session was issued with).
     */
    public static void requireMayActOn(Collection<String> targetGroups, boolean actorIsSecurityAdmin) {
        if (!mayActOn(targetGroups, actorIsSecurityAdmin)) {
            throw new SecurityAdminRequiredException();
        }
    }

    /** Whether the actor may act on the holder of {@code targetGroups}; for actions that skip rather than refuse. */
    public static boolean mayActOn(Collection<String> targetGroups, boolean actorIsSecurityAdmin) {
        return actorIsSecurityAdmin || !isPrivileged(targetGroups);
    }
}
