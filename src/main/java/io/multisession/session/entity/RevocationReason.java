package io.multisession.session.entity;

/** Why a session ended before its time; kept on the row. */
public enum RevocationReason {
    /** The user logged out with the session's refresh token. */
    LOGOUT,
    /** The user ended this session by id. */
    DESTROYED,
    /** The user ended all their other sessions. */
    DESTROYED_BY_OTHER_SESSION,
    /** A new login needed room under the session limit ("destroy oldest"). */
    SESSION_LIMIT,
    /** A rotated refresh token was used again after the grace window: treated as theft. */
    REFRESH_TOKEN_REUSE,
    /** A refresh named another session type than the session's own (the seed's rule). */
    SESSION_TYPE_MISMATCH,
    /** A client revoked one of the session's tokens (RFC 7009). */
    TOKEN_REVOKED,
    /** Single-session mode: a newer login of the same user ended it. */
    SINGLE_SESSION,
    /** The account was disabled, deleted, or its password changed. */
    ACCOUNT_CHANGED,
    /** The session's type is no longer configured. */
    TYPE_REMOVED
}
