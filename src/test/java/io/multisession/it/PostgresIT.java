package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service on PostgreSQL, the production database: schema by migrations, the hot paths and the limit under
 * parallel logins, the cleanup job, health, metrics, OpenAPI, and a database outage (503, then recovery by itself).
 * The database is named by environment variables, as in a container.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresIT {

    static PostgresServer database;
    static RunningServer service;
    static Api api;
    static Api management;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresServer.start();
        List<String> properties = new ArrayList<>(database.serviceEnvironment());
        properties.addAll(List.of(Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG,
                "multisession.cleanup.interval=PT1S", "multisession.cleanup.retention=PT1S",
                "multisession.cleanup.batch-size=3"));
        service = RunningServer.start(Path.of("target", "postgres-it-" + System.nanoTime()), properties,
                Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(service.url());
        management = new Api(service.managementUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        try (PostgresServer db = database; RunningServer server = service) {
            // closes both
        }
    }

    @Test
    @Order(1)
    void theSchemaComesFromTheMigrationsAndTheHotPathsWork() throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             ResultSet version = connection.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            assertTrue(version.next());
            assertEquals("6", version.getString(1));
        }
        String user = api.newUser();
        JsonObject session = api.session(user, "ROTATING");
        String rotated = api.refresh(session.getString("refresh"), "ROTATING").expect(200).string("refresh");
        api.refresh(rotated, "ROTATING").expect(200);
        api.list(session.getString("access"), "ALL").expect(200);
        api.destroy(session.getString("access"), session.getString("session_id")).expect(200);
        api.list(session.getString("access"), "ALL").expectProblem(401);
    }

    @Test
    @Order(2)
    void parallelLoginsNeverExceedTheLimitOnPostgres() throws Exception {
        String user = api.newUser();
        List<Api.Answer> answers = Parallel.run(16, () -> api.login(user, Api.password(user), "REJECTING"));
        assertEquals(2, answers.stream().filter(a -> a.status() == 200).count(), answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.status() == 200 || a.status() == 400), answers.toString());
    }

    @Test
    @Order(3)
    void theCleanupJobPurgesEndedSessionsInBatches() throws Exception {
        String user = api.newUser();
        for (int i = 0; i < 7; i++) {
            api.session(user, "BRIEF");
        }
        assertTrue(count("SELECT COUNT(*) FROM login_session WHERE owner = '" + user + "'") >= 7);
        Await.until(() -> count("SELECT COUNT(*) FROM login_session WHERE owner = '" + user + "'") == 0, 20);
    }

    @Test
    @Order(4)
    void healthMetricsAndOpenApiAreServed() {
        assertTrue(get(management, "health/ready").expect(200).text().contains("\"UP\""));
        api.session(api.newUser(), "SHORT");
        String metrics = get(management, "metrics").expect(200).text();
        for (String name : List.of("multisession_logins", "multisession_revocations", "multisession_active_sessions",
                "multisession_failures", "SessionResource")) {
            assertTrue(metrics.contains(name), name);
        }
        String openapi = get(api, "openapi").expect(200).text();
        for (String path : List.of("/api/session/login", "/api/session/refresh", "/api/session/list",
                "/api/session/destroy", "/api/session/destroyAllOther", "/api/session/logout", "/api/admin/users",
                "/oauth2/introspect", "/oauth2/revoke", "/.well-known/jwks.json", "/api/realm/revocations",
                "/api/realm/revocations/stream")) {
            assertTrue(openapi.contains(path), path);
        }
    }

    @Test
    @Order(5)
    void duringADatabaseOutageRequestsGet503AndTheServiceRecoversByItself() throws Exception {
        String user = api.newUser();
        String access = api.session(user, "LONG").getString("access");
        database.stop();
        try {
            Api.Answer down = api.login(user, Api.password(user), "LONG").expectProblem(503);
            assertTrue(down.raw().headers().firstValue("Retry-After").isPresent());
            api.list(access, "ALL").expectProblem(503);
            assertEquals(503, get(management, "health/ready").status());
        } finally {
            database.start(false);
        }
        Await.until(() -> api.login(user, Api.password(user), "LONG").status() == 200, 60);
        api.list(access, "ALL").expect(200);
        assertEquals(200, get(management, "health/ready").status());
    }

    private static Api.Answer get(Api server, String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    private static long count(String sql) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
