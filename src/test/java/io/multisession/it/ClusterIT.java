package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro instances clustered by Hazelcast on an explicit loopback member list, sharing PostgreSQL:
 * a revocation on one is seen on the other at once, the limit holds across both, and a killed instance loses no
 * session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static PostgresServer database;
    static PayaraMicroProcess a;
    static PayaraMicroProcess b;
    static Api apiA;
    static Api apiB;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresServer.start();
        int portA = freePort();
        int portB = freePort();
        String members = "tcpip:127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        List<String> properties = new ArrayList<>(database.serviceProperties());
        properties.addAll(List.of(Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG, "hazelcast.socket.bind.any=false"));
        Path work = Path.of("target", "cluster-it-" + System.nanoTime());
        Path war = Deployments.shippedWarWithTestPoliciesFile();
        CompletableFuture<PayaraMicroProcess> first = CompletableFuture.supplyAsync(() -> start(work.resolve("a"),
                properties, war, members, portA, "a"));
        CompletableFuture<PayaraMicroProcess> second = CompletableFuture.supplyAsync(() -> start(work.resolve("b"),
                properties, war, members, portB, "b"));
        a = first.join();
        b = second.join();
        apiA = new Api(a.url());
        apiB = new Api(b.url());
    }

    private static PayaraMicroProcess start(Path dir, List<String> properties, Path war, String members, int hzPort,
                                            String name) {
        try {
            return PayaraMicroProcess.start(dir, properties, war, "/api/session/list/", List.of(
                    "--clustermode", members, "--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1",
                    "--startport", String.valueOf(hzPort), "--name", name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try (PostgresServer db = database; PayaraMicroProcess first = a; PayaraMicroProcess second = b) {
            // closes all
        }
    }

    @Test
    @Order(1)
    void aRevocationOnOneInstanceIsSeenOnTheOtherAtOnce() {
        String user = apiA.newUser();
        JsonObject session = apiA.session(user, "LONG");
        String access = session.getString("access");
        apiA.list(access, "ALL").expect(200);
        apiB.list(access, "ALL").expect(200);
        apiB.destroy(access, session.getString("session_id")).expect(200);
        apiA.list(access, "ALL").expectProblem(401);
        apiB.list(access, "ALL").expectProblem(401);
    }

    @Test
    @Order(2)
    void parallelLoginsSplitAcrossInstancesNeverExceedTheLimit() throws Exception {
        String user = apiA.newUser();
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api api = i % 2 == 0 ? apiA : apiB;
            calls.add(() -> api.login(user, Api.password(user), "REJECTING"));
        }
        List<Api.Answer> answers = Parallel.runAll(calls);
        assertEquals(2, answers.stream().filter(answer -> answer.status() == 200).count(), answers.toString());
    }

    @Test
    @Order(3)
    void killingAnInstanceMidLoadLosesNoSession() throws Exception {
        String user = apiB.newUser();
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int worker = 0; worker < 4; worker++) {
            Api api = worker % 2 == 0 ? apiA : apiB;
            load.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    try {
                        Api.Answer answer = api.login(user, Api.password(user), "ROTATING");
                        if (answer.status() == 200) {
                            created.add(answer.string("session_id"));
                        }
                    } catch (RuntimeException connectionLost) {
                        // the killed instance: the client never saw a 200, so no session is owed
                    }
                }
            });
        }
        Thread.sleep(1_500);
        a.kill();
        load.shutdown();
        assertTrue(load.awaitTermination(120, TimeUnit.SECONDS));

        String access = apiB.session(user, "SHORT").getString("access");
        Set<String> listed = apiB.list(access, "ROTATING").expect(200).json().getJsonObject("Rotating")
                .getJsonArray("Sessions").getValuesAs(JsonObject.class).stream()
                .map(session -> session.getString("session_id")).collect(Collectors.toSet());
        assertTrue(created.size() > 10, "load ran: " + created.size());
        assertTrue(listed.containsAll(created), "every login that got 200 is listed");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
