package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The sample resource app with the realm client library (realm-client/) beside the service, on Payara Micro or
 * WildFly: a revoked session's token is refused by the app from memory, soon after the service ended it, with no
 * introspection call; while the service is down the app introspects (the default {@code on-stale}), which fails, so
 * it answers 503; when the service is back, the app follows the feed again. Apps that cannot reach the feed at all
 * answer 503 ({@code on-stale=reject}) or let tokens through with a warning ({@code accept}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealmClientIT {

    static final String INTROSPECT_COUNT = "endpoint=\"OAuthResource.introspect\"";

    static Path work;
    static List<String> serviceSettings;
    static RunningServer service;
    static RunningServer resourceApp;
    static Api api;
    static Api app;

    @BeforeAll
    static void start() throws Exception {
        work = Path.of("target", "realm-client-it-" + System.nanoTime()).toAbsolutePath();
        // the app's MP-JWT keeps the key set as long as the service says (production's 5 minutes, not the tests' 1 s),
        // so that with the service down it still verifies tokens and the realm client decides
        serviceSettings = List.of(
                "multisession.db.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=LEGACY;LOCK_TIMEOUT=10000",
                "multisession.jwks.max-age=PT5M",
                Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG);
        service = RunningServer.start(work.resolve("service"), serviceSettings, Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(service.url());
        resourceApp = RunningServer.start(work.resolve("resource-app"), List.of(
                        "mp.jwt.verify.publickey.location=" + service.url() + ".well-known/jwks.json",
                        "multisession.realm.url=" + service.url(),
                        "multisession.realm.client-id=resource-app",
                        "multisession.realm.client-secret=resource-app-secret",
                        "multisession.realm.max-staleness=PT3S"),
                Deployments.resourceAppFile(true), "/api/whoami");
        app = new Api(resourceApp.url());
    }

    @AfterAll
    static void stop() throws Exception {
        try (RunningServer first = resourceApp; RunningServer second = service) {
            // closes both
        }
    }

    @Test
    @Order(1)
    void aRevokedSessionIsRefusedByTheAppFromMemory() throws Exception {
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject ended = api.session(user, "LONG");
        String token = ended.getString("access");
        Await.until(() -> whoAmI(token).status() == 200, 10);
        double introspections = introspections();
        for (int i = 0; i < 20; i++) {
            whoAmI(token).expect(200);
        }

        api.destroy(caller.getString("access"), ended.getString("session_id")).expect(200);
        long destroyed = System.nanoTime();
        Await.until(() -> whoAmI(token).status() == 401, 10);
        System.out.printf("RealmClientIT: the app refused the revoked session's token %d ms after the destroy%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - destroyed));
        whoAmI(token).expectProblem(401);
        whoAmI(caller.getString("access")).expect(200);
        assertEquals(introspections, introspections(), "no introspection call in steady state");
    }

    @Test
    @Order(2)
    void whileTheServiceIsDownTheAppCannotTellAndSaysSoThenRecovers() throws Exception {
        String user = api.newUser();
        String token = api.session(user, "LONG").getString("access");
        whoAmI(token).expect(200);
        service.close();
        try {
            Await.until(() -> whoAmI(token).status() == 503, 20);
            whoAmI(token).expectProblem(503);
        } finally {
            service = RunningServer.start(work.resolve("service"), serviceSettings,
                    Deployments.shippedWarWithTestPoliciesFile());
        }
        Await.until(() -> whoAmI(token).status() == 200, 30);
    }

    @Test
    @Order(3)
    void withoutTheFeedTheRejectModeAnswers503AndTheAcceptModeLetsTokensThrough() throws Exception {
        String token = api.session(api.newUser(), "LONG").getString("access");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String mode : List.of("reject", "accept")) {
            try (RunningServer unfed = RunningServer.start(work.resolve("resource-app-" + mode), List.of(
                            "mp.jwt.verify.publickey.location=" + service.url() + ".well-known/jwks.json",
                            "multisession.realm.url=http://127.0.0.1:" + closedPort + "/",
                            "multisession.realm.client-id=resource-app",
                            "multisession.realm.client-secret=resource-app-secret",
                            "multisession.realm.on-stale=" + mode),
                    Deployments.resourceAppFile(true), "/api/whoami")) {
                Api unfedApp = new Api(unfed.url());
                Api.Answer answer = unfedApp.send(HttpRequest.newBuilder(unfedApp.uri("api/whoami"))
                        .header("Authorization", "Bearer " + token).GET().build());
                if (mode.equals("reject")) {
                    answer.expectProblem(503);
                    assertTrue(answer.raw().headers().firstValue("Retry-After").isPresent());
                } else {
                    answer.expect(200);
                    Await.until(() -> unfed.log().contains("The revocation feed is stale"), 10);
                }
            }
        }
    }

    private static Api.Answer whoAmI(String token) {
        return app.send(HttpRequest.newBuilder(app.uri("api/whoami")).header("Authorization", "Bearer " + token)
                .GET().build());
    }

    /** How often the service has answered introspection, from its metrics (0 before the first call). */
    private static double introspections() throws Exception {
        Api management = new Api(service.managementUrl());
        String metrics = management.send(HttpRequest.newBuilder(management.uri("metrics")).GET().build()).expect(200).text();
        return metrics.lines().filter(line -> line.startsWith("multisession_requests_seconds_count")
                        && line.contains(INTROSPECT_COUNT))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
