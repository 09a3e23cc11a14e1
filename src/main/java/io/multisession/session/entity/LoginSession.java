package io.multisession.session.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.CascadeOnDelete;

/**
 * One login session of one user on one device. Active while not revoked and {@code expiresAt} is in the future.
 * Revoked sessions stay as rows (with when and why) so that the revocation outlives a restart.
 */
@Entity
@Table(name = "LOGIN_SESSION", indexes = {
        @Index(name = "LOGIN_SESSION_REFRESH", columnList = "REFRESH_TOKEN_HASH", unique = true),
        @Index(name = "LOGIN_SESSION_PREVIOUS_REFRESH", columnList = "PREVIOUS_REFRESH_HASH"),
        @Index(name = "LOGIN_SESSION_OWNER", columnList = "OWNER, SESSION_TYPE, EXPIRES_AT"),
        @Index(name = "LOGIN_SESSION_REVOKED", columnList = "REVOKED_AT")})
@NamedQuery(name = LoginSession.ID_BY_REFRESH_HASH,
        query = "SELECT s.id FROM LoginSession s WHERE s.refreshTokenHash = :hash")
@NamedQuery(name = LoginSession.BY_REFRESH_HASH,
        query = "SELECT s FROM LoginSession s WHERE s.refreshTokenHash = :hash")
@NamedQuery(name = LoginSession.BY_PREVIOUS_REFRESH_HASH,
        query = "SELECT s FROM LoginSession s WHERE s.previousRefreshHash = :hash")
@NamedQuery(name = LoginSession.BY_ANY_REFRESH_HASH, query = "SELECT s FROM LoginSession s"
        + " WHERE s.refreshTokenHash IN :hashes OR s.previousRefreshHash IN :hashes")
@NamedQuery(name = LoginSession.ACTIVE_OF_OWNER,
        query = "SELECT s FROM LoginSession s WHERE s.owner = :owner AND s.revokedAt IS NULL AND s.expiresAt > :now"
                + " ORDER BY s.lastUpdate, s.createdAt")
@NamedQuery(name = LoginSession.ACTIVE_OF_CHANNEL,
        query = "SELECT s FROM LoginSession s WHERE s.channel = :channel AND s.revokedAt IS NULL AND s.expiresAt > :now"
                + " ORDER BY s.createdAt")
@NamedQuery(name = LoginSession.ACTIVE_OF_OWNER_AND_TYPE,
        query = "SELECT s FROM LoginSession s WHERE s.owner = :owner AND s.type = :type AND s.revokedAt IS NULL"
                + " AND s.expiresAt > :now ORDER BY s.lastUpdate, s.createdAt")
@NamedQuery(name = LoginSession.RECORD_SEEN,
        query = "UPDATE LoginSession s SET s.lastSeenAt = :at, s.lastSeenIp = :ip WHERE s.id = :id AND s.lastSeenAt < :at")
@NamedQuery(name = LoginSession.EXPIRED_BEFORE,
        query = "SELECT s.id FROM LoginSession s WHERE s.expiresAt < :cutoff")
@NamedQuery(name = LoginSession.REVOKED_BEFORE,
        query = "SELECT s.id FROM LoginSession s WHERE s.revokedAt < :cutoff")
@NamedQuery(name = LoginSession.DELETE_BY_IDS, query = "DELETE FROM LoginSession s WHERE s.id IN :ids")
@NamedQuery(name = LoginSession.COUNT_ACTIVE_BY_TYPE,
        query = "SELECT s.type, COUNT(s) FROM LoginSession s WHERE s.expiresAt > :now AND s.revokedAt IS NULL"
                + " GROUP BY s.type")
@NamedQuery(name = LoginSession.REVOKED_SINCE,
        query = "SELECT s.id, s.revokedAt FROM LoginSession s WHERE s.revokedAt > :since")
public class LoginSession {

    public static final String ID_BY_REFRESH_HASH = "LoginSession.idByRefreshHash";
    public static final String BY_REFRESH_HASH = "LoginSession.byRefreshHash";
    public static final String BY_PREVIOUS_REFRESH_HASH = "LoginSession.byPreviousRefreshHash";
    public static final String BY_ANY_REFRESH_HASH = "LoginSession.byAnyRefreshHash";
    /** Ordered least recently updated first: the order in which the limit ends sessions. */
    public static final String ACTIVE_OF_OWNER = "LoginSession.activeOfOwner";
    /** Every user's active sessions of one channel, oldest first (what an admin of django-token-manager lists). */
    public static final String ACTIVE_OF_CHANNEL = "LoginSession.activeOfChannel";
    public static final String ACTIVE_OF_OWNER_AND_TYPE = "LoginSession.activeOfOwnerAndType";
    public static final String REVOKED_SINCE = "LoginSession.revokedSince";
    public static final String RECORD_SEEN = "LoginSession.recordSeen";
    public static final String EXPIRED_BEFORE = "LoginSession.expiredBefore";
    public static final String REVOKED_BEFORE = "LoginSession.revokedBefore";
    public static final String DELETE_BY_IDS = "LoginSession.deleteByIds";
    public static final String COUNT_ACTIVE_BY_TYPE = "LoginSession.countActiveByType";

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "OWNER", length = 150, nullable = false)
    private String owner;

    @Column(name = "SESSION_TYPE", length = 32, nullable = false)
    private String type;

    @Column(name = "REFRESH_TOKEN_HASH", length = 64, nullable = false)
    private String refreshTokenHash;

    /**
     * The refresh token that rotation replaced last, and when: enough to hand a concurrent client the same successor
     * within the grace window and to recognise the token's reuse after it, with the one row update a rotation makes.
     */
    @Column(name = "PREVIOUS_REFRESH_HASH", length = 64)
    private String previousRefreshHash;

    @Column(name = "REFRESH_ROTATED_AT")
    private Instant refreshRotatedAt;

    /**
     * The groups the session was issued with; its access tokens carry them. A row each, deleted by the database with
     * the session (the foreign key cascades): without {@code CascadeOnDelete}, EclipseLink deletes them itself before a
     * bulk delete with a correlated subquery that scans the whole table for each batch the cleanup job purges.
     */
    @CascadeOnDelete
    @ElementCollection
    @CollectionTable(name = "LOGIN_SESSION_GROUP", joinColumns = @JoinColumn(name = "SESSION_ID"))
    @OrderColumn(name = "GROUP_ORDER")
    @Column(name = "GROUP_NAME", length = 64, nullable = false)
    private List<String> groups = new ArrayList<>();

    @Column(length = 1024)
    private String info;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_UPDATE", nullable = false)
    private Instant lastUpdate;

    @Column(name = "LAST_EXTENDED_AT", nullable = false)
    private Instant lastExtendedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(length = 128)
    private String browser;

    @Column(name = "OPERATING_SYSTEM", length = 128)
    private String os;

    @Column(length = 128)
    private String device;

    @Column(name = "DEVICE_MODEL", length = 128)
    private String deviceModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    private LoginChannel channel = LoginChannel.API;

    /** {@code Mobile}, {@code Tablet}, {@code PC}, {@code Bot} or {@code Other}; null when unknown. */
    @Column(name = "DEVICE_TYPE", length = 8)
    private String deviceType;

    @Column(name = "LOGIN_IP", length = 45)
    private String loginIp;

    @Column(name = "LAST_SEEN_AT")
    private Instant lastSeenAt;

    @Column(name = "LAST_SEEN_IP", length = 45)
    private String lastSeenIp;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "REVOKED_BECAUSE", length = 32)
    private String revokedBecause;

    protected LoginSession() {
    }

    public LoginSession(String id, String owner, String type, String refreshTokenHash, List<String> groups,
                        String info, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.owner = owner;
        this.type = type;
        this.refreshTokenHash = refreshTokenHash;
        this.groups = new ArrayList<>(groups);
        this.info = info;
        this.createdAt = createdAt;
        this.lastUpdate = createdAt;
        this.lastExtendedAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastSeenAt = createdAt;
    }

    /** What the login told about its device; shown in session lists, never changed afterwards. */
    public void describeDevice(String browser, String os, String device, String deviceType, String deviceModel,
                               String loginIp) {
        this.browser = browser;
        this.os = os;
        this.device = device;
        this.deviceType = deviceType;
        this.deviceModel = deviceModel;
        this.loginIp = loginIp;
        this.lastSeenIp = loginIp;
    }

    public void seen(Instant at, String ip) {
        lastSeenAt = at;
        lastSeenIp = ip;
    }

    /** Not yet ended in this transaction (a login may end the same session for two reasons). */
    public boolean revokedAtIsUnset() {
        return revokedAt == null;
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now, RevocationReason reason) {
        revokedAt = now;
        revokedBecause = reason.name();
    }

    public void replaceRefreshToken(String newHash, Instant now) {
        previousRefreshHash = refreshTokenHash;
        refreshRotatedAt = now;
        refreshTokenHash = newHash;
    }

    /** When the token with this hash was rotated away, if it is the one rotation replaced last. */
    public Optional<Instant> rotatedAway(String hash) {
        return hash.equals(previousRefreshHash) ? Optional.ofNullable(refreshRotatedAt) : Optional.empty();
    }

    public void touch(Instant now) {
        lastUpdate = now;
    }

    public void extendTo(Instant newExpiry, Instant now) {
        expiresAt = newExpiry;
        lastExtendedAt = now;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String type() {
        return type;
    }

    public String refreshTokenHash() {
        return refreshTokenHash;
    }

    public List<String> groups() {
        return List.copyOf(groups);
    }

    public String info() {
        return info;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUpdate() {
        return lastUpdate;
    }

    public Instant lastExtendedAt() {
        return lastExtendedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String browser() {
        return browser;
    }

    public String os() {
        return os;
    }

    public String device() {
        return device;
    }

    public String deviceModel() {
        return deviceModel;
    }

    public void cameThrough(LoginChannel channel) {
        this.channel = channel;
    }

    public LoginChannel channel() {
        return channel;
    }

    public String deviceType() {
        return deviceType;
    }

    public String loginIp() {
        return loginIp;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String lastSeenIp() {
        return lastSeenIp;
    }
}
