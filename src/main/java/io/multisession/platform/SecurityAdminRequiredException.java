package io.multisession.platform;

/**
 * The action creates or touches a privileged account (one in {@code admin} or {@code security-admin}: its sessions,
 * its password, its state), which needs group {@code security-admin} (django-single-session's {@code logout_all}
 * permission next to {@code logout}). The rule itself is {@code user.control.Privileges}.
 */
public class SecurityAdminRequiredException extends ProblemException {

    public SecurityAdminRequiredException() {
        super(ProblemTypes.SECURITY_ADMIN_REQUIRED, 403, "This account is privileged (admin or security-admin); "
                + "creating it, ending its sessions or changing it needs group " + Roles.SECURITY_ADMIN + ".");
    }
}
