package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kill -9 under login and revoke load, then a restart on the same H2 file database: every login that got a 200 is
 * listed (unless this test revoked it), and every revoke that got a 200 stays revoked.
 */
class CrashIT {

    record Issued(String sessionId, String access) {
    }

    @Test
    void acknowledgedLoginsAndRevocationsSurviveAKill() throws Exception {
        Path work = Path.of("target", "crash-it-" + System.nanoTime());
        List<String> properties = List.of(
                "multisession.db.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("data/multisession")
                        + ";MODE=LEGACY;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG);
        Path war = Deployments.shippedWarWithTestPoliciesFile();
        ConcurrentLinkedQueue<Issued> logins = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Issued> revoked = new ConcurrentLinkedQueue<>();
        String user;
        PayaraMicroProcess server = PayaraMicroProcess.start(work, properties, war, "/api/session/list/");
        try {
            Api api = new Api(server.url());
            user = api.newUser();
            String owner = user;
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int worker = 0; worker < 4; worker++) {
                load.submit(() -> {
                    for (int i = 0; i < 200 && !Thread.currentThread().isInterrupted(); i++) {
                        try {
                            Api.Answer login = api.login(owner, Api.password(owner), "ROTATING");
                            if (login.status() != 200) {
                                continue;
                            }
                            Issued issued = new Issued(login.string("session_id"), login.string("access"));
                            if (i % 3 == 0 && api.destroy(issued.access(), issued.sessionId()).status() == 200) {
                                revoked.add(issued);
                            } else {
                                logins.add(issued);
                            }
                        } catch (RuntimeException serverGone) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(3_000);
            server.kill();
            load.shutdownNow();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            server.close();
        }
        assertTrue(logins.size() > 5 && !revoked.isEmpty(), "load ran: " + logins.size() + " / " + revoked.size());

        try (PayaraMicroProcess restarted = PayaraMicroProcess.start(work, properties, war, "/api/session/list/")) {
            Api api = new Api(restarted.url());
            String access = api.session(user, "SHORT").getString("access");
            Set<String> listed = api.list(access, "ROTATING").expect(200).json().getJsonObject("Rotating")
                    .getJsonArray("Sessions").getValuesAs(JsonObject.class).stream()
                    .map(session -> session.getString("session_id")).collect(Collectors.toSet());
            Set<String> acknowledged = logins.stream().map(Issued::sessionId).collect(Collectors.toSet());
            assertTrue(listed.containsAll(acknowledged), "every acknowledged login is listed");
            for (Issued gone : revoked) {
                assertTrue(!listed.contains(gone.sessionId()), "revoked stays revoked");
                api.list(gone.access(), "ALL").expectProblem(401);
            }
        }
    }
}
