package io.multisession.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): down while the database cannot be reached. Created with the application, not on
 * the first probe: WildFly runs probes on a management thread, where the datasource's {@code java:app} name is not
 * visible.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/multisession")
    DataSource dataSource;

    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing more: being called creates the bean, and injects the datasource, on a deployment thread
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up("database");
            }
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
        return HealthCheckResponse.down("database");
    }
}
