package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Admins tune session policies on a running server with its own tools, and see what is in force in
 * {@code GET /api/admin/policies}: a file per key in the config directory ({@code multisession.config-dir}, every
 * server), and on WildFly {@code jboss-cli.sh} setting a system property. No restart, no redeploy.
 */
class PolicyTuningIT {

    static final String LIMIT = "multisession.policy.TUNABLE.max-number-active-sessions";
    static final String TYPES = "multisession.policy.types";
    static final String TEST_TYPES = "SHORT,LONG,ROTATING,ROTATING_NOBL,REJECTING,EXTENDING,EXTEND_ONCE,BRIEF,TUNABLE,"
            + "DEVICE,PERMANENT,TOKEN";

    static Path configDir;
    static RunningServer server;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of("target", "policy-tuning-it-" + System.nanoTime()).toAbsolutePath();
        configDir = Files.createDirectories(work.resolve("config"));
        server = RunningServer.start(work.resolve("server"), List.of(
                        "multisession.db.url=jdbc:h2:mem:tuning;MODE=LEGACY;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        Api.ROOT_USER_CONFIG,
                        Api.ROOT_PASSWORD_CONFIG,
                        "multisession.config-dir=" + configDir),
                Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void backToTheShippedPolicies() throws Exception {
        try (var files = Files.list(configDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Await.until(() -> tunableLimit() == 1 && policies().isNull("rejected_change"), 10);
    }

    @Test
    void aLimitChangedInAFileAppliesToTheNextLogin() throws Exception {
        write(LIMIT, "3");
        Await.until(() -> tunableLimit() == 3, 10);
        String user = api.newUser();
        for (int i = 0; i < 3; i++) {
            api.session(user, "TUNABLE");
        }
        api.login(user, Api.password(user), "TUNABLE").expectProblem(400);

        String next = api.newUser();
        api.session(next, "TUNABLE");
        long written = System.nanoTime();
        write(LIMIT, "1");
        Await.until(() -> tunableLimit() == 1, 10);
        System.out.printf("PolicyTuningIT: limit 3 -> 1 in force %d ms after the file was written%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written));
        api.login(next, Api.password(next), "TUNABLE").expectProblem(400);
    }

    @Test
    void anInvalidChangeIsRefusedAsAWholeAndShownWithTheValueStillInForce() throws Exception {
        write(LIMIT, "0");
        write("multisession.policy.TUNABLE.refresh-token-lifetime", "PT2H");
        Await.until(() -> !policies().isNull("rejected_change"), 10);
        JsonObject policies = policies();
        String error = policies.getJsonObject("rejected_change").getString("error");
        assertTrue(error.contains(LIMIT) && error.contains("'0'"), error);
        JsonObject tunable = policies.getJsonObject("types").getJsonObject("TUNABLE");
        assertEquals(1, tunable.getInt("max-number-active-sessions"));
        assertEquals("PT1H", tunable.getString("refresh-token-lifetime"), "nothing of the change is applied");
        String user = api.newUser();
        api.session(user, "TUNABLE");
        api.login(user, Api.password(user), "TUNABLE").expectProblem(400);
        assertTrue(server.log().contains(LIMIT), "the refusal is logged");

        Files.delete(configDir.resolve(LIMIT));
        write(TYPES, TEST_TYPES + ",KIOSK");
        Await.until(() -> policies().getJsonObject("rejected_change").getString("error")
                .contains("multisession.policy.KIOSK.refresh-token-lifetime"), 10);
        assertEquals("PT1H", policies().getJsonObject("types").getJsonObject("TUNABLE").getString("refresh-token-lifetime"),
                "a type listed without its keys is refused with the rest of the change");
    }

    @Test
    void aSessionTypeAddedByConfigWorksWithoutARestart() throws Exception {
        write("multisession.policy.KIOSK.refresh-token-lifetime", "PT8H");
        write(TYPES, TEST_TYPES + ",KIOSK");
        Await.until(() -> policies().getJsonObject("types").containsKey("KIOSK"), 10);
        String user = api.newUser();
        JsonObject kiosk = api.session(user, "KIOSK");
        JsonObject listed = api.list(kiosk.getString("access"), "KIOSK").expect(200).json();
        assertEquals(kiosk.getString("session_id"),
                listed.getJsonObject("Kiosk").getJsonArray("Sessions").getJsonObject(0).getString("session_id"));
    }

    @Test
    void onlyAdminsSeeThePolicies() {
        String user = api.newUser();
        api.get("api/admin/policies", api.session(user, "SHORT").getString("access")).expectProblem(403);
        api.send(java.net.http.HttpRequest.newBuilder(api.uri("api/admin/policies")).GET().build()).expectProblem(401);
    }

    @Test
    void onWildFlyJbossCliChangesAPolicyWhileTheServerRuns() throws Exception {
        assumeTrue(server instanceof WildFlyProcess, "a WildFly tool");
        WildFlyProcess wildFly = (WildFlyProcess) server;
        wildFly.cli("/system-property=" + LIMIT + ":add(value=2)");
        try {
            Await.until(() -> tunableLimit() == 2, 10);
            String user = api.newUser();
            api.session(user, "TUNABLE");
            api.session(user, "TUNABLE");
            api.login(user, Api.password(user), "TUNABLE").expectProblem(400);
        } finally {
            wildFly.cli("/system-property=" + LIMIT + ":remove");
        }
    }

    private static void write(String key, String value) {
        ConfigFiles.writeNow(configDir, key, value);
    }

    private static JsonObject policies() {
        return api.get("api/admin/policies", api.rootAccess()).expect(200).json();
    }

    private static int tunableLimit() {
        return policies().getJsonObject("types").getJsonObject("TUNABLE").getInt("max-number-active-sessions");
    }
}
