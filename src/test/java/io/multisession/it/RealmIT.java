package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shared realm: the sample resource app (examples/resource-app), configured only with standard MP-JWT properties
 * pointing at our JWKS, runs on its own server beside the service (Payara Micro or WildFly). Also the JWKS, discovery, introspection and
 * revocation endpoints, and key rotation by admin action and by config.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealmIT {

    static final String CLIENT = "Basic " + Base64.getEncoder()
            .encodeToString("resource-app:resource-app-secret".getBytes(StandardCharsets.UTF_8));

    static Path configDir;
    static RunningServer service;
    static RunningServer resourceApp;
    static Api api;
    static Api app;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of("target", "realm-it-" + System.nanoTime());
        configDir = work.resolve("config").toAbsolutePath();
        service = RunningServer.start(work.resolve("service"), List.of(
                        "multisession.db.url=jdbc:h2:mem:realm;MODE=LEGACY;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        Api.ROOT_USER_CONFIG,
                        Api.ROOT_PASSWORD_CONFIG,
                        "multisession.config-dir=" + configDir),
                Deployments.shippedWarWithTestPoliciesFile());
        api = new Api(service.url());
        // SmallRye JWT (WildFly) fetches the key set again on an unseen key at most every 30 minutes by default; the
        // tests publish a new key only 8 s before it signs, so it must look at once. Payara ignores the key.
        resourceApp = RunningServer.start(work.resolve("resource-app"), List.of(
                        "mp.jwt.verify.publickey.location=" + service.url() + ".well-known/jwks.json",
                        "smallrye.jwt.jwks.forced-refresh-interval=0"),
                Deployments.resourceAppFile(), "/api/whoami");
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
    void jwksAndDiscoveryDescribeTheRealm() throws Exception {
        Api.Answer jwks = api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET().build()).expect(200);
        assertTrue(jwks.raw().headers().firstValue("Cache-Control").orElse("").contains("max-age=1"));
        JWKSet keys = JWKSet.parse(jwks.text());
        assertEquals(1, keys.getKeys().size());
        assertFalse(keys.getKeys().get(0).isPrivate());
        String kid = SignedJWT.parse(api.session(api.newUser(), "SHORT").getString("access")).getHeader().getKeyID();
        assertEquals(kid, keys.getKeys().get(0).getKeyID());

        JsonObject discovery = api.send(HttpRequest.newBuilder(api.uri(".well-known/openid-configuration")).GET().build())
                .expect(200).json();
        assertEquals("multisession", discovery.getString("issuer"));
        assertEquals(service.url() + ".well-known/jwks.json", discovery.getString("jwks_uri"));
        assertEquals(service.url() + "oauth2/introspect", discovery.getString("introspection_endpoint"));
        assertEquals(service.url() + "oauth2/revoke", discovery.getString("revocation_endpoint"));
    }

    @Test
    @Order(2)
    void theResourceAppAcceptsOurTokensAndRefusesOthers() throws Exception {
        String user = api.newUser("staff");
        String access = api.session(user, "SHORT").getString("access");
        JsonObject me = whoAmI(access).expect(200).json();
        assertEquals(user, me.getString("user"));
        assertTrue(me.getJsonArray("groups").toString().contains("staff"));

        whoAmI(null).expect(401);
        JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
        whoAmI(TestKeys.signed(claims, new RSAKeyGenerator(2048).keyID(SignedJWT.parse(access).getHeader().getKeyID()).generate()))
                .expect(401);
        whoAmI(new PlainJWT(claims).serialize()).expect(401);
    }

    @Test
    @Order(3)
    void introspectionSeesRevocationAtOnce() {
        String user = api.newUser();
        JsonObject session = api.session(user, "SHORT");
        JsonObject active = introspect(session.getString("access"), CLIENT).expect(200).json();
        assertTrue(active.getBoolean("active"));
        assertEquals(user, active.getString("sub"));
        assertEquals("access_token", active.getString("token_type"));
        assertEquals(session.getString("session_id"), active.getString("sid"));
        JsonObject refresh = introspect(session.getString("refresh"), CLIENT).expect(200).json();
        assertTrue(refresh.getBoolean("active"));
        assertEquals("refresh_token", refresh.getString("token_type"));

        api.logout(session.getString("refresh")).expect(200);
        assertFalse(introspect(session.getString("access"), CLIENT).expect(200).json().getBoolean("active"));
        assertFalse(introspect(session.getString("refresh"), CLIENT).expect(200).json().getBoolean("active"));
        assertEquals("{\"active\":false}", introspect("garbage", CLIENT).expect(200).text());

        introspect(session.getString("access"), null).expectProblem(401);
        introspect(session.getString("access"), "Basic " + Base64.getEncoder()
                .encodeToString("resource-app:wrong".getBytes(StandardCharsets.UTF_8))).expectProblem(401);
        introspect(session.getString("access"), "Basic " + Base64.getEncoder()
                .encodeToString("unknown:resource-app-secret".getBytes(StandardCharsets.UTF_8))).expectProblem(401);
    }

    @Test
    @Order(4)
    void revocationEndsTheSessionOfARefreshOrAccessToken() {
        String user = api.newUser();
        JsonObject byRefresh = api.session(user, "LONG");
        revoke(byRefresh.getString("refresh")).expect(200);
        api.list(byRefresh.getString("access"), "ALL").expectProblem(401);

        JsonObject byAccess = api.session(user, "LONG");
        revoke(byAccess.getString("access")).expect(200);
        api.refresh(byAccess.getString("refresh"), "LONG").expectProblem(401);

        revoke("never-issued").expect(200);
        api.send(HttpRequest.newBuilder(api.uri("oauth2/revoke")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + byAccess.getString("refresh"))).build())
                .expectProblem(400);
    }

    @Test
    @Order(5)
    void bothAppsKeepWorkingAcrossAnAdminKeyRotation() throws Exception {
        String user = api.newUser();
        String before = api.session(user, "ROTATING").getString("access");
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        String newKid = api.post("api/admin/keys/rotate", "", "Bearer " + api.rootAccess()).expect(200).string("kid");
        assertNotEquals(oldKid, newKid);
        assertEquals(2, publishedKeys().getKeys().size(), "the new key is published before it signs");
        assertEquals(oldKid, kidOf(api.session(user, "ROTATING").getString("access")), "the old key still signs");

        Await.until(() -> newKid.equals(kidOf(api.session(user, "ROTATING").getString("access"))), 20);
        String after = api.session(user, "ROTATING").getString("access");
        for (String token : List.of(before, after)) {
            api.list(token, "ROTATING").expect(200);
            whoAmI(token).expect(200);
        }
    }

    @Test
    @Order(6)
    void switchingToEs256RotatesWithoutDowntimeOnPayaraAndWaitsForARestartOnWildFly() throws Exception {
        String user = api.newUser();
        String rs256 = api.session(user, "ROTATING").getString("access");
        assertEquals(JWSAlgorithm.RS256, SignedJWT.parse(rs256).getHeader().getAlgorithm());
        ConfigFiles.write(configDir, "multisession.jwt.algorithm", "ES256");
        try {
            if (service instanceof WildFlyProcess) {
                // SmallRye JWT verifies the one algorithm read at deployment: the key ring switches at the next start
                Thread.sleep(12_000);
                assertTrue(publishedKeys().getKeys().stream().allMatch(key -> key instanceof RSAKey));
                assertEquals(JWSAlgorithm.RS256, SignedJWT.parse(api.session(user, "ROTATING").getString("access"))
                        .getHeader().getAlgorithm());
                return;
            }
            Await.until(() -> publishedKeys().getKeys().stream().anyMatch(key -> key instanceof ECKey), 20);
            ECKey published = (ECKey) publishedKeys().getKeys().stream().filter(key -> key instanceof ECKey)
                    .findFirst().orElseThrow();
            assertEquals(Curve.P_256, published.getCurve());
            assertFalse(published.isPrivate());
            Await.until(() -> published.getKeyID().equals(kidOf(api.session(user, "ROTATING").getString("access"))),
                    30);
            String es256 = api.session(user, "ROTATING").getString("access");
            assertEquals(JWSAlgorithm.ES256, SignedJWT.parse(es256).getHeader().getAlgorithm());
            for (String token : List.of(rs256, es256)) {
                api.list(token, "ROTATING").expect(200);
                whoAmI(token).expect(200);
                assertTrue(introspect(token, CLIENT).expect(200).json().getBoolean("active"));
            }
            // RS256 naming the EC key's id is refused before any verification (AccessTokensTest has the other way)
            JWTClaimsSet claims = SignedJWT.parse(es256).getJWTClaimsSet();
            String rs256OnTheEcKey = TestKeys.signed(claims,
                    new RSAKeyGenerator(2048).keyID(published.getKeyID()).generate());
            api.list(rs256OnTheEcKey, "ALL").expectProblem(401);
            whoAmI(rs256OnTheEcKey).expect(401);
        } finally {
            ConfigFiles.remove(configDir, "multisession.jwt.algorithm");
        }
    }

    @Test
    @Order(7)
    void aConfiguredKeyRotatesByConfigAndTheAppsCheckIssuerAndAudience() throws Exception {
        String user = api.newUser();
        String generatedKeyToken = api.session(user, "ROTATING").getString("access");
        RSAKey configured = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                configured.toPrivateKey().getEncoded()) + "\n-----END PRIVATE KEY-----";
        ConfigFiles.write(configDir, "multisession.jwt.signing-key", pem);
        Await.until(() -> configured.getKeyID().equals(kidOf(api.session(user, "ROTATING").getString("access"))), 30);
        api.post("api/admin/keys/rotate", "", "Bearer " + api.rootAccess()).expectProblem(409);

        String configuredKeyToken = api.session(user, "ROTATING").getString("access");
        // switched at once, without publishing the key ahead first (docs: realm-apps.md, key rotation, step 1):
        // the service's own MP-JWT, like the app's, knows the key at its next re-read of the key set
        Await.until(() -> api.list(configuredKeyToken, "ALL").status() == 200, 20);
        Await.until(() -> whoAmI(configuredKeyToken).status() == 200, 20);
        whoAmI(generatedKeyToken).expect(200);
        api.list(generatedKeyToken, "ALL").expect(200);

        JWTClaimsSet claims = SignedJWT.parse(configuredKeyToken).getJWTClaimsSet();
        whoAmI(TestKeys.signed(claims, configured)).expect(200);
        whoAmI(TestKeys.signed(new JWTClaimsSet.Builder(claims).issuer("someone-else").build(), configured)).expect(401);
        whoAmI(TestKeys.signed(new JWTClaimsSet.Builder(claims).audience("another-app").build(), configured)).expect(401);
        whoAmI(TestKeys.signed(new JWTClaimsSet.Builder(claims).expirationTime(Date.from(Instant.now().minusSeconds(60))).build(),
                configured)).expect(401);
    }

    @Test
    @Order(8)
    void theRevocationFeedGivesWhatIsRevokedNowThenWhatChanges() {
        String wrongSecret = "Basic " + Base64.getEncoder().encodeToString("resource-app:guess".getBytes(StandardCharsets.UTF_8));
        for (String refused : new String[] {null, wrongSecret, "Bearer " + api.rootAccess()}) {
            feed(refused, null, null).expectProblem(401);
        }
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject ended = api.session(user, "LONG");
        api.destroy(caller.getString("access"), ended.getString("session_id")).expect(200);

        Set<String> revoked = new HashSet<>();
        String cursor = null;
        JsonObject page;
        int pages = 0;
        do {
            page = feed(CLIENT, cursor, "1").expect(200).json();
            assertTrue(page.getJsonArray("revoked").size() <= 1);
            revoked.addAll(sessionIds(page));
            cursor = page.getString("cursor");
            pages++;
        } while (page.getBoolean("more"));
        assertTrue(revoked.contains(ended.getString("session_id")), revoked.toString());
        assertTrue(pages >= revoked.size(), "one entry per page");
        assertFalse(revoked.contains(caller.getString("session_id")));

        JsonObject later = api.session(user, "LONG");
        api.destroy(caller.getString("access"), later.getString("session_id")).expect(200);
        JsonObject changes = feed(CLIENT, cursor, null).expect(200).json();
        assertTrue(sessionIds(changes).contains(later.getString("session_id")), changes.toString());
        assertFalse(sessionIds(changes).contains(caller.getString("session_id")));

        for (String badCursor : new String[] {"", "x", "1.2", "1.2.3.4", "9".repeat(80)}) {
            feed(CLIENT, badCursor, null).expectProblem(400);
        }
        for (String badLimit : new String[] {"0", "-1", "10001", "ten", ""}) {
            feed(CLIENT, null, badLimit).expectProblem(400);
        }
    }

    @Test
    @Order(9)
    void theRevocationStreamPushesRevocationsAndResumesFromTheLastEventId() throws Exception {
        URI stream = api.uri("api/realm/revocations/stream");
        try (EventStream refused = EventStream.open(stream, null, null)) {
            assertEquals(401, refused.status());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        try (EventStream refused = EventStream.open(stream, CLIENT, "not-a-cursor")) {
            assertEquals(400, refused.status());
            assertTrue(refused.refusal().contains("cursor"));
        }
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject first = api.session(user, "LONG");
        JsonObject second = api.session(user, "LONG");
        String resumeFrom;
        try (EventStream events = EventStream.open(stream, CLIENT, null)) {
            assertEquals(200, events.status());
            assertTrue(events.contentType().startsWith("text/event-stream"), events.contentType());
            events.await(event -> event.name().equals("checkpoint"), Duration.ofSeconds(5));
            api.destroy(caller.getString("access"), first.getString("session_id")).expect(200);
            EventStream.Event revoked = events.await(event -> event.name().equals("revoked")
                    && event.data().contains(first.getString("session_id")), Duration.ofSeconds(2));
            resumeFrom = revoked.id();
        }
        api.destroy(caller.getString("access"), second.getString("session_id")).expect(200);
        try (EventStream resumed = EventStream.open(stream, CLIENT, resumeFrom)) {
            assertEquals(200, resumed.status());
            resumed.await(event -> event.name().equals("revoked")
                    && event.data().contains(second.getString("session_id")), Duration.ofSeconds(5));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static Api.Answer whoAmI(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("api/whoami")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return app.send(request.build());
    }

    private static Api.Answer introspect(String token, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("oauth2/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&token_type_hint=access_token"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }

    private static Api.Answer revoke(String token) {
        return api.send(HttpRequest.newBuilder(api.uri("oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&client_secret=" + Api.SECRET)).build());
    }


    private static Api.Answer feed(String authorization, String cursor, String limit) {
        StringBuilder query = new StringBuilder("api/realm/revocations?");
        if (cursor != null) {
            query.append("cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8)).append('&');
        }
        if (limit != null) {
            query.append("limit=").append(URLEncoder.encode(limit, StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(query.toString())).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }

    private static Set<String> sessionIds(JsonObject page) {
        return page.getJsonArray("revoked").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("sid")).collect(Collectors.toSet());
    }

    private static JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET().build()).text());
    }

    private static String kidOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

}
