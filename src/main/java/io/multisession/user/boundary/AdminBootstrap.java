package io.multisession.user.boundary;

import io.multisession.platform.Roles;
import io.multisession.user.control.UserNotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The top admin of an install. Creates the first user, in groups {@code admin} and {@code security-admin}, when the
 * database has no account yet and {@code multisession.bootstrap.admin.username} and {@code .password} are set
 * (system property or environment). An install whose first admin predates the two admin levels names an existing
 * account in {@code multisession.bootstrap.top-admin}, which is then given both groups at start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    static final String ACTOR = "bootstrap";

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserAdministration users;

    @Inject
    @ConfigProperty(name = "multisession.bootstrap.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "multisession.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "multisession.bootstrap.top-admin")
    Optional<String> topAdmin;

    /** Without a transaction: each step is its own, so a failed creation can be looked into by the next one. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        createFirstAdmin();
        topAdmin.filter(name -> !name.isBlank()).ifPresent(this::grantTopAdmin);
    }

    private void grantTopAdmin(String name) {
        try {
            if (users.grantTopAdmin(name, ACTOR)) {
                LOG.info(() -> "Account '" + name + "' is now in groups " + Roles.ADMIN + " and " + Roles.SECURITY_ADMIN);
            }
        } catch (UserNotFoundException unknown) {
            LOG.warning(() -> "multisession.bootstrap.top-admin names no account: '" + name + "'");
        }
    }

    private void createFirstAdmin() {
        if (username.isEmpty() || password.isEmpty() || users.anyAccountExists()) {
            return;
        }
        try {
            users.create(username.get(), password.get().toCharArray(), List.of(Roles.ADMIN, Roles.SECURITY_ADMIN),
                    ACTOR, true);
            LOG.info(() -> "Created the first admin account '" + username.get() + "'");
        } catch (RuntimeException e) {
            // instances of a cluster starting together on an empty database: one of them creates the account
            if (!users.anyAccountExists()) {
                throw e;
            }
            LOG.info("Another instance created the first admin account at the same time");
        }
    }
}
