package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The seed's HTTP contract, its error paths and the account endpoint, over real HTTP against Payara Micro. */
@RunAsClient
class SessionContractIT extends ServiceIT {

    @Test
    void seedCurlWalkthroughWorksWithTheJwtScheme() {
        String user = api.newUser();
        JsonObject login = api.login(user, Api.password(user), "LONG").expect(200).json();
        String access = login.getString("access");
        String refresh = login.getString("refresh");
        String sessionId = login.getString("session_id");

        JsonObject list = api.post("api/session/list/", "{\"session\":\"LONG\"}", "JWT " + access).expect(200).json();
        assertEquals(List.of("Long"), List.copyOf(list.keySet()));
        assertEquals("4", list.getJsonObject("Long").getString("Available Sessions"));
        JsonObject item = list.getJsonObject("Long").getJsonArray("Sessions").getJsonObject(0);
        assertEquals(sessionId, item.getString("session_id"));
        assertEquals("Safari 15.6.1, iOS 15.6.1, iPhone", item.getString("session_info"));
        for (String field : List.of("created_at", "last_update", "expires_at")) {
            assertTrue(item.getString(field).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), item.toString());
        }

        JsonObject refreshed = api.refresh(refresh, "LONG").expect(200).json();
        assertFalse(refreshed.containsKey("refresh"), "LONG does not rotate: " + refreshed);
        String newAccess = refreshed.getString("access");

        JsonObject second = api.session(user, "LONG");
        assertEquals("{}", api.post("api/session/destroyAllOther/", "{\"session\":\"LONG\",\"refresh\":\"" + refresh
                + "\"}", "JWT " + newAccess).expect(200).text());
        api.list(second.getString("access"), "LONG").expectProblem(401);

        JsonObject third = api.session(user, "LONG");
        assertEquals("{}", api.post("api/session/destroy/", "{\"session_id\":\"" + third.getString("session_id") + "\"}",
                "JWT " + newAccess).expect(200).text());
        assertEquals("{}", api.logout(refresh).expect(200).text());
        api.list(newAccess, "LONG").expectProblem(401);
    }

    @Test
    void trailingSlashIsOptionalAndBearerWorksInAnyCase() {
        String user = api.newUser();
        JsonObject session = api.post("api/session/login", "{\"username\":\"" + user + "\",\"password\":\""
                + Api.password(user) + "\",\"secret_key\":\"the_Secret_Key\",\"session\":\"short\"}").expect(200).json();
        String access = session.getString("access");
        api.post("api/session/list", "{\"session\":\"all\"}", "Bearer " + access).expect(200);
        api.post("api/session/list/", "{\"session\":\"all\"}", "bearer " + access).expect(200);
    }

    @Test
    void listShowsEveryTypeForAllWithAvailableSessionsAsText() {
        String user = api.newUser();
        JsonObject shortSession = api.session(user, "SHORT");
        api.session(user, "ROTATING");
        JsonObject all = api.list(shortSession.getString("access"), "ALL").expect(200).json();
        assertEquals(List.of("Short", "Long", "Rotating", "Rotating_nobl", "Rejecting", "Extending", "Extend_once",
                "Brief", "Tunable", "Device", "Permanent", "Token"), List.copyOf(all.keySet()));
        assertEquals("1", all.getJsonObject("Short").getString("Available Sessions"));
        assertEquals("5", all.getJsonObject("Long").getString("Available Sessions"));
        assertEquals("Unlimited", all.getJsonObject("Rotating").getString("Available Sessions"));
        JsonObject own = all.getJsonObject("Short").getJsonArray("Sessions").getJsonObject(0);
        assertTrue(own.getBoolean("current"));
        assertFalse(all.getJsonObject("Rotating").getJsonArray("Sessions").getJsonObject(0).getBoolean("current"));
    }

    @Test
    void accessTokenCarriesTheClaimsResourceAppsNeed() throws Exception {
        String user = api.newUser("auditors");
        JsonObject session = api.session(user, "SHORT");
        SignedJWT jwt = SignedJWT.parse(session.getString("access"));
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertNotNull(jwt.getHeader().getKeyID());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("multisession", claims.getIssuer());
        assertEquals(List.of("multisession"), claims.getAudience());
        assertEquals(user, claims.getSubject());
        assertEquals(user, claims.getStringClaim("upn"));
        assertEquals(List.of("user", "auditors"), claims.getStringListClaim("groups"));
        assertEquals(session.getString("session_id"), claims.getStringClaim("sid"));
        assertNotNull(claims.getJWTID());
        assertEquals(300, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
        assertEquals(300, session.getInt("expires_in"));
    }

    @Test
    void refreshTokensAreOpaqueAndSessionIdsRandom() {
        String user = api.newUser();
        JsonObject a = api.session(user, "ROTATING");
        JsonObject b = api.session(user, "ROTATING");
        for (JsonObject session : List.of(a, b)) {
            assertTrue(session.getString("refresh").matches("[A-Za-z0-9_-]{43}"), session.getString("refresh"));
            assertTrue(session.getString("session_id").matches("[A-Za-z0-9_-]{22}"), session.getString("session_id"));
        }
        assertFalse(a.getString("session_id").equals(b.getString("session_id")));
        api.post("api/session/list/", "{\"session\":\"ALL\"}", "Bearer " + a.getString("refresh")).expectProblem(401);
        api.refresh(a.getString("access"), "ROTATING").expectProblem(401);
    }

    @Test
    void wrongPasswordUnknownUserAndWrongSecretGetTheSameAnswer() {
        String user = api.newUser();
        String wrongPassword = api.login(user, "not-the-password", "SHORT").expectProblem(400).json().getString("detail");
        String unknownUser = api.login("nobody-" + UUID.randomUUID(), "whatever1", "SHORT").expectProblem(400)
                .json().getString("detail");
        String wrongSecret = api.post("api/session/login/", "{\"username\":\"" + user + "\",\"password\":\""
                + Api.password(user) + "\",\"secret_key\":\"guess\",\"session\":\"SHORT\"}").expectProblem(400)
                .json().getString("detail");
        String noSecret = api.post("api/session/login/", "{\"username\":\"" + user + "\",\"password\":\""
                + Api.password(user) + "\",\"session\":\"SHORT\"}").expectProblem(400).json().getString("detail");
        assertEquals(wrongPassword, unknownUser);
        assertEquals(wrongPassword, wrongSecret);
        assertEquals(wrongPassword, noSecret);

        JsonObject session = api.session(user, "SHORT");
        api.post("api/session/refresh/", "{\"refresh\":\"" + session.getString("refresh")
                + "\",\"secret_key\":\"guess\",\"session\":\"SHORT\"}").expectProblem(400);
        api.post("api/session/logout/", "{\"refresh\":\"" + session.getString("refresh")
                + "\",\"secret_key\":\"guess\"}").expectProblem(400);
        api.refresh(session.getString("refresh"), "SHORT").expect(200);
    }

    @Test
    void unknownSessionTypesAreRejected() {
        String user = api.newUser();
        JsonObject session = api.session(user, "SHORT");
        assertEquals("Invalid Session Type. Valid options: [SHORT, LONG, ROTATING, ROTATING_NOBL, REJECTING, EXTENDING,"
                + " EXTEND_ONCE, BRIEF, TUNABLE, DEVICE, PERMANENT, TOKEN]",
                api.login(user, Api.password(user), "MEDIUM").expectProblem(400).json().getString("detail"));
        api.login(user, Api.password(user), "ALL").expectProblem(400);
        api.refresh(session.getString("refresh"), "ALL").expectProblem(400);
        api.list(session.getString("access"), "MEDIUM").expectProblem(400);
        api.destroyAllOther(session.getString("access"), session.getString("refresh"), "MEDIUM").expectProblem(400);
        api.refresh(session.getString("refresh"), "SHORT").expect(200);
    }

    @Test
    void malformedInputGetsAProblemAndChangesNothing() {
        String user = api.newUser();
        JsonObject session = api.session(user, "LONG");
        String access = session.getString("access");
        String before = withoutLastSeen(api.list(access, "ALL").expect(200).text());
        String huge = "x".repeat(20_000);
        String unknownSessionId = "{\"session_id\":\"" + "é".repeat(600) + "\"}";
        String[] bodies = {"", "{", "not json", "[1,2]", "\"text\"", "{\"session\":1}", "{\"session\":null}",
            "{\"session\":\" \"}", "{\"session\":[\"LONG\"]}", "{\"session\":{\"a\":1}}", "{\"session\":true}",
            "{\"session\":\"LONG\",\"extra\":1}", "{\"session\":\"" + huge + "\"}", "{\"session\":\"LONG'; DROP TABLE LOGIN_SESSION;--\"}",
            "{\"session\":\"\\u0000\\ud800\"}", unknownSessionId, "{}"};
        List<String> paths = List.of("api/session/login/", "api/session/refresh/", "api/session/list/",
                "api/session/destroy/", "api/session/destroyAllOther/", "api/session/logout/", "api/admin/users");
        for (String path : paths) {
            for (String body : bodies) {
                String auth = path.contains("admin") ? "Bearer " + api.rootAccess() : "Bearer " + access;
                Api.Answer answer = path.endsWith("login/") || path.endsWith("refresh/") || path.endsWith("logout/")
                        ? api.post(path, body) : api.post(path, body, auth);
                // a well-formed destroy of a session id that is not the caller's is "not found"; all else is malformed
                int expected = path.endsWith("destroy/") && body.equals(unknownSessionId) ? 404 : 400;
                assertEquals(expected, answer.status(), path + " " + body.length() + ": " + answer.text());
                answer.expectProblem(expected);
            }
        }
        assertEquals(before, withoutLastSeen(api.list(access, "ALL").expect(200).text()));
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        api.send(HttpRequest.newBuilder(api.uri("api/session/login/")).GET().build()).expectProblem(405);
        Api.Answer notJson = api.send(HttpRequest.newBuilder(api.uri("api/session/refresh/"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("refresh=x")).build()).expectProblem(415);
        assertEquals("urn:multisession:problem:unsupported-media-type", notJson.string("type"));
        assertTrue(notJson.string("detail").contains("application/json"), notJson.text());
        api.send(HttpRequest.newBuilder(api.uri("api/session/nothing-here")).GET().build()).expectProblem(404);
        Api.Answer options = api.send(HttpRequest.newBuilder(api.uri("api/session/list/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()).expect(200);
        assertEquals("POST, OPTIONS", options.raw().headers().firstValue("Allow").orElse(""));
        assertFalse(options.text().contains("wadl") || options.contentType().contains("wadl"), options.text());
    }

    @Test
    void theSeedEndpointsTakeFormBodiesAsDrfDid() {
        String user = api.newUser();
        JsonObject session = form("api/session/login/", "username=" + user + "&password=" + Api.password(user)
                + "&session=LONG&secret_key=" + Api.SECRET + "&info=from+a+form", null).expect(200).json();
        String access = session.getString("access");
        String boundary = "----form" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"refresh\"\r\n\r\n"
                + session.getString("refresh") + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"session\"\r\n\r\nLONG\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"secret_key\"\r\n\r\n" + Api.SECRET + "\r\n--"
                + boundary + "--\r\n";
        api.send(HttpRequest.newBuilder(api.uri("api/session/refresh/"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build()).expect(200);
        JsonObject listed = form("api/session/list/", "session=ALL", access).expect(200).json();
        assertEquals("from a form", listed.getJsonObject("Long").getJsonArray("Sessions").getJsonObject(0)
                .getString("session_info"));

        // the same validation as JSON
        assertEquals(List.of("This field is required."), form("api/session/login/", "username=" + user
                + "&session=LONG&secret_key=" + Api.SECRET, null).expectProblem(400).json().getJsonObject("errors")
                .getJsonArray("password").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        form("api/session/login/", "username=%zz", null).expectProblem(400);
        form("api/session/login/", "x=" + "a".repeat(20_000), null).expectProblem(400);

        JsonObject other = api.session(user, "LONG");
        form("api/session/destroy/", "session_id=" + other.getString("session_id"), access).expect(200);
        api.list(other.getString("access"), "ALL").expectProblem(401);
        form("api/session/destroyAllOther/", "session=ALL", access).expect(200);
        form("api/session/logout/", "refresh=" + session.getString("refresh") + "&secret_key=" + Api.SECRET, null)
                .expect(200);
        api.list(access, "ALL").expectProblem(401);
        // other JSON endpoints still refuse forms
        form("api/admin/logouts", "usernames=x", api.rootAccess()).expectProblem(415);
    }

    private Api.Answer form(String path, String body, String access) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (access != null) {
            request.header("Authorization", "JWT " + access);
        }
        return api.send(request.build());
    }

    @Test
    void aBodyOnAGetOrDeleteIsIgnored() {
        String user = api.newUser();
        JsonObject session = api.session(user, "SHORT");
        Api.Answer current = api.send(HttpRequest.newBuilder(api.uri("api/session/current"))
                .header("Authorization", "JWT " + session.getString("access")).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{}")).build()).expect(200);
        assertEquals(session.getString("session_id"), current.string("session_id"));
        Api.Answer ended = api.send(HttpRequest.newBuilder(api.uri("api/admin/users/" + user + "/sessions"))
                .header("Authorization", "Bearer " + api.rootAccess()).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"ignored\":true}")).build()).expect(200);
        assertEquals(1, ended.json().getInt("ended"));
    }

    @Test
    void theOauthEndpointsAskForAFormNotJson() {
        for (String path : List.of("oauth2/revoke", "oauth2/introspect")) {
            Api.Answer json = api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"x\"}")).build()).expectProblem(415);
            assertEquals("urn:multisession:problem:unsupported-media-type", json.string("type"));
            assertEquals("Unsupported media type; send application/x-www-form-urlencoded.", json.string("detail"));
        }
    }

    @Test
    void authenticatedEndpointsRefuseMissingAndForgedTokens() {
        api.post("api/session/list/", "{\"session\":\"ALL\"}").expectProblem(401);
        api.post("api/session/list/", "{\"session\":\"ALL\"}", "Bearer not.a.token").expectProblem(401);
        api.post("api/session/list/", "{\"session\":\"ALL\"}", "Basic cm9vdDpyb290").expectProblem(401);

        JsonObject session = api.session(api.newUser(), "SHORT");
        String access = session.getString("access");
        api.post("api/session/list/", "{\"session\":\"ALL\"}", "Bearer " + ForgedTokens.genuineCopy(access)).expect(200);
        ForgedTokens.of(api, access, session.getString("refresh")).forEach((flaw, token) -> {
            Api.Answer answer = api.post("api/session/list/", "{\"session\":\"ALL\"}", "JWT " + token);
            assertEquals(401, answer.status(), flaw + ": " + answer.text());
            answer.expectProblem(401);
        });
    }

    @Test
    void adminsCreateUsersOthersCannot() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject created = api.createUser(name, "long-enough-pw", "staff").expect(201).json();
        assertEquals(name, created.getString("username"));
        api.createUser(name, "long-enough-pw").expectProblem(409);
        api.createUser("bad name!", "long-enough-pw").expectProblem(400);
        api.createUser("short-pw-" + UUID.randomUUID().toString().substring(0, 4), "short").expectProblem(400);

        String userAccess = api.login(name, "long-enough-pw", "SHORT").expect(200).string("access");
        api.post("api/admin/users", "{\"username\":\"x1\",\"password\":\"long-enough-pw\"}", "Bearer " + userAccess)
                .expectProblem(403);
        api.post("api/admin/users", "{\"username\":\"x2\",\"password\":\"long-enough-pw\"}").expectProblem(401);

        String admin = api.newUser("admin");
        String adminAccess = api.session(admin, "SHORT").getString("access");
        api.post("api/admin/users", "{\"username\":\"made-by-" + admin + "\",\"password\":\"long-enough-pw\"}",
                "Bearer " + adminAccess).expect(201);
    }

    /** Last use is recorded by the listing itself; everything else must stay as it was. */
    private static String withoutLastSeen(String list) {
        return list.replaceAll("\"last_seen_at\":\"[^\"]*\",", "");
    }
}
