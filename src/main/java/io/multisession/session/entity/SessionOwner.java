package io.multisession.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row per user who ever logged in: the row a login locks ({@code SELECT ... FOR UPDATE}) before it counts and
 * ends sessions, so that parallel logins of one user cannot exceed the limit. Users come from any identity store,
 * so this cannot be the account row.
 */
@Entity
@Table(name = "SESSION_OWNER")
public class SessionOwner {

    @Id
    @Column(length = 150)
    private String username;

    protected SessionOwner() {
    }

    public SessionOwner(String username) {
        this.username = username;
    }
}
