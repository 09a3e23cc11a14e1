package io.multisession.platform;

/**
 * The action touches an admin (their sessions or their account), which needs group {@code security-admin}
 * (django-single-session's {@code logout_all} permission next to {@code logout}).
 */
public class SecurityAdminRequiredException extends ProblemException {

    public SecurityAdminRequiredException() {
        super(ProblemTypes.SECURITY_ADMIN_REQUIRED, 403, "This user is an admin; ending their sessions or changing "
                + "their account needs group " + Roles.SECURITY_ADMIN + ".");
    }
}
