package io.multisession.user.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An account of the built-in identity store. Each group is a row of its own, so no name can split or merge. */
@Entity
@Table(name = "USER_ACCOUNT")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = UserAccount.MATCHING, query = "SELECT u FROM UserAccount u "
        + "WHERE LOWER(u.username) LIKE :pattern ESCAPE '!' ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT_MATCHING, query = "SELECT COUNT(u) FROM UserAccount u "
        + "WHERE LOWER(u.username) LIKE :pattern ESCAPE '!'")
public class UserAccount {

    public static final String COUNT = "UserAccount.count";
    /** Accounts whose lower-cased name matches {@code :pattern} (a LIKE pattern with {@code !} as escape), by name. */
    public static final String MATCHING = "UserAccount.matching";
    public static final String COUNT_MATCHING = "UserAccount.countMatching";

    @Id
    @Column(length = 150)
    private String username;

    @Column(name = "PASSWORD_HASH", length = 512, nullable = false)
    private String passwordHash;

    @ElementCollection
    @CollectionTable(name = "USER_ACCOUNT_GROUP", joinColumns = @JoinColumn(name = "USERNAME"))
    @OrderColumn(name = "GROUP_ORDER")
    @Column(name = "GROUP_NAME", length = 64, nullable = false)
    private List<String> groups = new ArrayList<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, List<String> groups, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.groups = new ArrayList<>(groups);
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

    public Instant createdAt() {
        return createdAt;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<String> groups() {
        return List.copyOf(groups);
    }

    /** Adds the groups the account does not hold yet. */
    public void join(List<String> more) {
        more.stream().filter(group -> !groups.contains(group)).forEach(groups::add);
    }
}
