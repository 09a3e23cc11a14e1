package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * OpenID Connect Back-Channel Logout 1.0 to a receiver in this test (a realm client with a
 * {@code backchannel-logout-uri}): a valid logout token for every ended session, also after the receiver was down,
 * and after a kill -9 of the service under revocation load (an H2 file database, restarted on the same address).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackchannelLogoutIT {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    static Receiver receiver;
    static Path work;
    static List<String> settings;
    static RunningServer service;
    static Api api;

    /** The client's logout endpoint: records each logout token it accepts; while down it answers 503. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final Map<String, List<String>> tokensBySid = new ConcurrentHashMap<>();
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/backchannel-logout", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean form = exchange.getRequestHeaders().getFirst("Content-Type")
                        .startsWith("application/x-www-form-urlencoded");
                if (down.get() || !form || !body.startsWith("logout_token=")) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(down.get() ? 503 : 400, -1);
                } else {
                    String token = URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.UTF_8);
                    tokensBySid.computeIfAbsent(sidOf(token), sid -> new ArrayList<>()).add(token);
                    exchange.sendResponseHeaders(200, -1);
                }
                exchange.close();
            });
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/backchannel-logout";
        }

        void awaitAll(Set<String> sids, Duration timeout) throws Exception {
            Await.until(() -> tokensBySid.keySet().containsAll(sids), timeout,
                    () -> "logout tokens for " + sids + ", got " + tokensBySid.keySet());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        work = Path.of("target", "backchannel-it-" + System.nanoTime());
        settings = List.of(
                "multisession.db.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("data/multisession")
                        + ";MODE=LEGACY;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG,
                "multisession.introspection.clients=rp",
                "multisession.introspection.client.rp.secret=rp-secret",
                "multisession.introspection.client.rp.backchannel-logout-uri=" + receiver.uri(),
                "multisession.backchannel.poll-interval=PT0.2S",
                "multisession.backchannel.retry-initial=PT0.2S",
                "multisession.backchannel.retry-max=PT1S",
                "multisession.backchannel.timeout=PT2S");
        service = RunningServer.start(work.resolve("service"), settings, Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(service.url());
    }

    @AfterAll
    static void stop() throws Exception {
        try (Receiver first = receiver; RunningServer second = service) {
            // closes both
        }
    }

    @Test
    @Order(1)
    void everyEndedSessionGetsAValidLogoutToken() throws Exception {
        JsonObject discovery = publicGet(".well-known/openid-configuration").expect(200).json();
        assertTrue(discovery.getBoolean("backchannel_logout_supported"));
        assertTrue(discovery.getBoolean("backchannel_logout_session_supported"));

        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject destroyed = api.session(user, "LONG");
        JsonObject loggedOut = api.session(user, "LONG");
        api.destroy(caller.getString("access"), destroyed.getString("session_id")).expect(200);
        api.logout(loggedOut.getString("refresh")).expect(200);

        receiver.awaitAll(Set.of(destroyed.getString("session_id"), loggedOut.getString("session_id")),
                Duration.ofSeconds(10));
        JWKSet keys = JWKSet.parse(publicGet(".well-known/jwks.json").expect(200).text());
        for (JsonObject ended : List.of(destroyed, loggedOut)) {
            String token = receiver.tokensBySid.get(ended.getString("session_id")).get(0);
            SignedJWT jwt = SignedJWT.parse(token);
            assertEquals("logout+jwt", jwt.getHeader().getType().getType());
            assertTrue(jwt.verify(new RSASSAVerifier(keys.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())),
                    "signed with a published key");
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertEquals(discovery.getString("issuer"), claims.getIssuer());
            assertEquals(List.of("rp"), claims.getAudience());
            assertEquals(user, claims.getSubject());
            assertEquals(ended.getString("session_id"), claims.getStringClaim("sid"));
            assertNotNull(claims.getJWTID());
            assertTrue(claims.getIssueTime().toInstant().isAfter(Instant.now().minusSeconds(60)));
            assertTrue(claims.getExpirationTime().after(claims.getIssueTime()));
            assertEquals(Map.of(), claims.getJSONObjectClaim("events").get(EVENT));
            assertNull(claims.getClaim("nonce"), "a logout token carries no nonce");
        }
        assertFalse(receiver.tokensBySid.containsKey(caller.getString("session_id")), "a live session is not logged out");
    }

    @Test
    @Order(2)
    void aReceiverThatWasDownGetsItsTokensWhenItIsBack() throws Exception {
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        receiver.down.set(true);
        int refusedBefore = receiver.refused.get();
        Set<String> ended = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            JsonObject session = api.session(user, "LONG");
            api.destroy(caller.getString("access"), session.getString("session_id")).expect(200);
            ended.add(session.getString("session_id"));
        }
        Await.until(() -> receiver.refused.get() >= refusedBefore + 6, Duration.ofSeconds(10),
                () -> "attempts while down: " + (receiver.refused.get() - refusedBefore));
        assertTrue(ended.stream().noneMatch(receiver.tokensBySid::containsKey), "nothing accepted while down");
        receiver.down.set(false);
        receiver.awaitAll(ended, Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void aKilledServiceLosesNoLogoutUnderRevocationLoad() throws Exception {
        String user = api.newUser();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int worker = 0; worker < 4; worker++) {
            load.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Api.Answer login = api.login(user, Api.password(user), "LONG");
                        if (login.status() == 200 && api.destroy(login.string("access"), login.string("session_id"))
                                .status() == 200) {
                            acknowledged.add(login.string("session_id"));
                        }
                    } catch (RuntimeException serverGone) {
                        return;
                    }
                }
            });
        }
        Await.until(() -> acknowledged.size() >= 20, Duration.ofSeconds(60), () -> "revocations under load");
        // the receiver goes down, so that notices are owed (in the outbox, or in flight) when the service dies
        receiver.down.set(true);
        int owedFrom = acknowledged.size();
        Await.until(() -> acknowledged.size() >= owedFrom + 20, Duration.ofSeconds(60), () -> "more revocations");
        service.kill();
        load.shutdownNow();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        service.close();
        Set<String> owed = Set.copyOf(acknowledged);
        assertFalse(receiver.tokensBySid.keySet().containsAll(owed), "notices were still owed at the kill");

        service = RunningServer.start(work.resolve("service"), settings, Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(service.url());
        receiver.down.set(false);
        receiver.awaitAll(owed, Duration.ofSeconds(60));
    }

    private static Api.Answer publicGet(String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).GET().build());
    }

    private static String sidOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
        } catch (java.text.ParseException e) {
            return "unparseable";
        }
    }
}
