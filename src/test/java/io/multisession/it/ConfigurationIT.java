package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the configuration reference promises, on Payara Micro processes whose log the test reads: an invalid policy
 * at start fails the deployment naming the key (changes at run time: {@link PolicyTuningIT}); generated keys
 * rotate by themselves every {@code multisession.jwt.rotation-interval}; an unknown user costs a login as much as a
 * wrong password does (production password hashing here, so the difference would show).
 */
class ConfigurationIT {

    static PayaraMicroProcess server;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = PayaraMicroProcess.start(Path.of("target", "configuration-it-" + System.nanoTime()), List.of(
                        "multisession.db.url=jdbc:h2:mem:configuration;MODE=LEGACY;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        Api.ROOT_USER_CONFIG,
                        Api.ROOT_PASSWORD_CONFIG,
                        "multisession.password.pbkdf2-iterations=210000",
                        "multisession.jwt.rotation-interval=PT15S"),
                Deployments.shippedWarWithTestPoliciesFile(), "/api/session/list/");
        api = new Api(server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anInvalidPolicyAtStartFailsTheDeploymentNamingTheKey() throws Exception {
        try (PayaraMicroProcess failing = PayaraMicroProcess.startWhateverTheDeployment(
                Path.of("target", "configuration-it-invalid-" + System.nanoTime()),
                List.of("multisession.db.url=jdbc:h2:mem:invalid;MODE=LEGACY;DB_CLOSE_DELAY=-1",
                        "multisession.policy.SHORT.refresh-token-lifetime=tomorrow"),
                Path.of(System.getProperty("multisession.war")))) {
            String log = failing.log();
            assertTrue(log.contains("multisession.policy.SHORT.refresh-token-lifetime"), log);
            Api failed = new Api(failing.url());
            failed.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "SHORT").expect(404);
        }
    }

    @Test
    void generatedKeysRotateByThemselves() throws Exception {
        String kid = publishedKeys().getKeys().get(0).getKeyID();
        Await.until(() -> publishedKeys().getKeys().size() == 2, 40);
        assertTrue(publishedKeys().getKeys().stream().anyMatch(key -> !key.getKeyID().equals(kid)));
    }

    @Test
    void anUnknownUserCostsAsMuchAsAWrongPassword() {
        String user = api.newUser();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            known.add(timedFailedLogin(user, "198.51.100." + (10 + i)));
            unknown.add(timedFailedLogin("nobody-" + i + "-" + System.nanoTime(), "198.51.100." + (30 + i)));
        }
        double ratio = (double) median(unknown) / median(known);
        // a hash is ~100 ms here; without the decoy hash an unknown user would answer in a few milliseconds
        assertTrue(ratio > 0.5 && ratio < 2, "unknown " + unknown + " ms vs known " + known + " ms");
    }

    private static long timedFailedLogin(String user, String ip) {
        long start = System.nanoTime();
        api.send(HttpRequest.newBuilder(api.uri("api/session/login/")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user
                        + "\",\"password\":\"wrong-password\",\"secret_key\":\"" + Api.SECRET + "\",\"session\":\"SHORT\"}"))
                .build()).expectProblem(400);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET().build()).text());
    }
}
