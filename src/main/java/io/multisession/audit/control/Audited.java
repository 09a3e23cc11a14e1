package io.multisession.audit.control;

import io.multisession.audit.entity.AuditEventType;

/**
 * One event to audit: {@code actor} did {@code type} to {@code subject} (a user), optionally one session of theirs,
 * from {@code clientIp}. Built by the named factories, so a call site says what happened, not which slot is null.
 */
public record Audited(AuditEventType type, String actor, String subject, String sessionId, String clientIp,
                      String detail) {

    /** Any event, for the caller that needs every field. */
    public static Audited of(AuditEventType type, String actor, String subject, String sessionId, String clientIp,
                             String detail) {
        return new Audited(type, actor, subject, sessionId, clientIp, detail);
    }

    /** A change to {@code subject}'s account made by {@code actor}. */
    public static Audited accountChange(AuditEventType type, String actor, String subject, String detail) {
        return new Audited(type, actor, subject, null, null, detail);
    }

    /** {@code owner} logged in to a new session of {@code sessionType}. */
    public static Audited login(String owner, String sessionId, String clientIp, String sessionType) {
        return new Audited(AuditEventType.LOGIN, owner, owner, sessionId, clientIp, sessionType);
    }

    /** A login refused before a session existed (wrong credentials, throttled). */
    public static Audited loginRefused(AuditEventType type, String username, String clientIp) {
        return new Audited(type, null, username, null, clientIp, null);
    }

    /** A refresh refused for a token that matches no active session. */
    public static Audited refreshRefused(String clientIp, String why) {
        return new Audited(AuditEventType.REFRESH_FAILED, null, null, null, clientIp, why);
    }

    /** {@code actor} (the owner, an admin, or nobody for the system) ended a session of {@code owner}. */
    public static Audited sessionEnded(String actor, String owner, String sessionId, String reason) {
        return new Audited(AuditEventType.SESSION_REVOKED, actor, owner, sessionId, null, reason);
    }

    /** {@code actor} started signing key {@code keyId}. */
    public static Audited keyRotated(String actor, String keyId) {
        return new Audited(AuditEventType.KEY_ROTATED, actor, null, null, null, keyId);
    }
}
