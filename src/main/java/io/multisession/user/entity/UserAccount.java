package io.multisession.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An account of the built-in identity store. Groups are kept as one comma-separated column; names never hold commas. */
@Entity
@Table(name = "USER_ACCOUNT")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount {

    public static final String COUNT = "UserAccount.count";

    @Id
    @Column(length = 150)
    private String username;

    @Column(name = "PASSWORD_HASH", length = 512, nullable = false)
    private String passwordHash;

    @Column(name = "GROUP_NAMES", length = 2048, nullable = false)
    private String groupNames;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, List<String> groups, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.groupNames = String.join(",", groups);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<String> groups() {
        return groupNames.isEmpty() ? List.of() : Arrays.asList(groupNames.split(","));
    }
}
