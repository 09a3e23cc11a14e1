package io.multisession.audit.entity;

/** What an audit event records; stored by name, so a published name keeps its meaning. */
public enum AuditEventType {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    REFRESH_FAILED,
    /** A rotated refresh token came back after its grace window: theft detection. */
    REFRESH_TOKEN_REUSE,
    /** A session ended before its time; the detail is the {@code RevocationReason}. */
    SESSION_REVOKED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_DELETED,
    PASSWORD_CHANGED,
    /** A login stored the user's password again with the configured algorithm or parameters; the detail says which. */
    PASSWORD_REHASHED,
    GROUPS_CHANGED,
    KEY_ROTATED
}
