package io.multisession.platform;

/** Role names; MP-JWT maps the token's {@code groups} claim to them one to one. */
public final class Roles {
    /** Every account holds it; the authenticated session endpoints require it. */
    public static final String USER = "user";
    /** Manages accounts and ends other users' sessions. */
    public static final String ADMIN = "admin";
    /** Needed on top of, or instead of, {@code admin} to end an admin's sessions or disable or delete an admin. */
    public static final String SECURITY_ADMIN = "security-admin";

    private Roles() {
    }
}
