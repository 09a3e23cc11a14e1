package io.multisession.platform;

/** Role names; MP-JWT maps the token's {@code groups} claim to them one to one. */
public final class Roles {
    /** Every account holds it; the authenticated session endpoints require it. */
    public static final String USER = "user";
    /** Creates accounts. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
