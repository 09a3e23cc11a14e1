package io.multisession.user.boundary;

import io.multisession.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first user, in group {@code admin}, when the database has no account yet and
 * {@code multisession.bootstrap.admin.username} and {@code .password} are set (system property or environment).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserAdministration users;

    @Inject
    @ConfigProperty(name = "multisession.bootstrap.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "multisession.bootstrap.admin.password")
    Optional<String> password;

    @PostConstruct
    void createFirstAdmin() {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        if (users.anyAccountExists()) {
            return;
        }
        users.create(username.get(), password.get().toCharArray(), List.of(Roles.ADMIN), "bootstrap");
        LOG.info(() -> "Created the first admin account '" + username.get() + "'");
    }
}
