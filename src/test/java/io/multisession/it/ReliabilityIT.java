package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The reliability suite's races and hostile input: limits under 64 parallel logins, repeated 200 times in both
 * modes; 32 parallel refreshes of one token; and more than 300 generated malformed or forged requests across all
 * endpoints, none of which may get a 5xx, show a stack trace or change anything.
 */
@RunAsClient
class ReliabilityIT extends ServiceIT {

    static final int REPETITIONS = 200;

    @Test
    void sixtyFourParallelLoginsNeverLeaveMoreThanTwoActiveInEitherMode() throws Exception {
        for (int round = 0; round < REPETITIONS; round++) {
            String rejecting = api.newUser();
            List<Api.Answer> answers = Parallel.run(64, () -> api.login(rejecting, Api.password(rejecting), "REJECTING"));
            Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Api.Answer::status,
                    Collectors.counting()));
            assertEquals(Map.of(200, 2L, 400, 62L), statuses, "round " + round);

            String destroying = api.newUser();
            answers = Parallel.run(64, () -> api.login(destroying, Api.password(destroying), "SHORT"));
            assertTrue(answers.stream().allMatch(answer -> answer.status() == 200), "round " + round);
            String access = api.session(destroying, "SHORT").getString("access");
            assertEquals(2, api.list(access, "SHORT").expect(200).json().getJsonObject("Short")
                    .getJsonArray("Sessions").size(), "round " + round);
        }
    }

    /** First logins of new users need a row of their own: none may wait for a second connection from the pool. */
    @Test
    void thirtyTwoParallelFirstLoginsOfNewUsersAllSucceed() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            users.add(api.newUser());
        }
        List<Callable<Api.Answer>> logins = users.stream()
                .map(user -> (Callable<Api.Answer>) () -> api.login(user, Api.password(user), "SHORT"))
                .toList();
        List<Api.Answer> answers = Parallel.runAll(logins);
        assertTrue(answers.stream().allMatch(answer -> answer.status() == 200), answers.toString());
    }

    @Test
    void thirtyTwoParallelRefreshesOfOneTokenLeaveOneTokenFamily() throws Exception {
        String user = api.newUser();
        String last = null;
        for (int round = 0; round < 20; round++) {
            String original = api.session(user, "ROTATING").getString("refresh");
            List<Api.Answer> answers = Parallel.run(32, () -> api.refresh(original, "ROTATING"));
            assertTrue(answers.stream().allMatch(answer -> answer.status() == 200), answers.toString());
            assertEquals(1, answers.stream().map(answer -> answer.string("refresh")).distinct().count());
            last = original;
        }
        Thread.sleep(2_300);
        api.refresh(last, "ROTATING").expectProblem(401);
    }

    @Test
    void threeHundredHostileRequestsGetNo5xxNoTraceAndChangeNothing() throws Exception {
        String victim = api.newUser();
        JsonObject session = api.session(victim, "LONG");
        String access = session.getString("access");
        String before = sessionsOf(access);

        List<HttpRequest> requests = new ArrayList<>();
        List<String> jsonPaths = List.of("api/session/login/", "api/session/refresh/", "api/session/list/",
                "api/session/destroy/", "api/session/destroyAllOther/", "api/session/logout/", "api/admin/users");
        for (String path : jsonPaths) {
            for (String body : hostileBodies()) {
                requests.add(post(path, body, path.startsWith("api/admin") ? api.rootAccess() : access));
            }
        }
        for (String path : List.of("oauth2/introspect", "oauth2/revoke")) {
            for (String form : List.of("", "token=", "token=%00%ff", "token=" + "x".repeat(50_000), "token=' OR '1'='1",
                    "token=" + session.getString("session_id"), "%%%", "token=a&token=b")) {
                requests.add(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "resource-app:resource-app-secret".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            }
        }
        for (String token : ForgedTokens.of(api, access, session.getString("refresh")).values()) {
            for (String path : List.of("api/session/list/", "api/session/destroy/", "api/session/destroyAllOther/")) {
                requests.add(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"ALL\",\"session_id\":\"x\"}")).build());
            }
            requests.add(HttpRequest.newBuilder(api.uri("api/session/current")).header("Authorization", "JWT " + token)
                    .GET().build());
        }
        for (String path : List.of("api/admin/users/" + victim + "/sessions", "api/admin/audit?page=-1",
                "api/admin/audit?size=99999", "api/admin/users/%00/sessions", "api/admin/users/" + "x".repeat(300)
                        + "/sessions", "api/session/../../etc/passwd", ".well-known/jwks.json?x=%ff")) {
            requests.add(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access).GET().build());
            requests.add(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access)
                    .DELETE().build());
        }
        assertTrue(requests.size() >= 300, "generated " + requests.size());

        for (HttpRequest request : requests) {
            Api.Answer answer = api.send(request);
            assertTrue(answer.status() < 500, request + " -> " + answer.status() + " " + answer.text());
            assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat "), answer.text());
        }
        assertEquals(before, sessionsOf(access));
        api.refresh(session.getString("refresh"), "LONG").expect(200);
    }

    /**
     * Every authenticated endpoint refuses every forged token with 401, and nothing changes. The same claims signed
     * by a key the service trusts are accepted, so each forgery is refused for its own flaw.
     */
    @Test
    void forgedTokensAreRefusedOnEveryAuthenticatedEndpointAndChangeNothing() {
        String victim = api.newUser();
        JsonObject session = api.session(victim, "LONG");
        String other = api.session(victim, "LONG").getString("session_id");
        String access = session.getString("access");
        JsonObject root = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();
        String before = sessionsOf(access);
        String keysBefore = api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET().build()).text();
        String newcomer = "forged-" + victim;

        api.send(userRequests(ForgedTokens.genuineCopy(access), other).get(0)).expect(200);
        api.send(adminRequests(ForgedTokens.genuineCopy(root.getString("access")), victim, other, newcomer).get(0))
                .expect(200);

        Map<String, String> forUser = ForgedTokens.of(api, access, session.getString("refresh"));
        Map<String, String> forAdmin = ForgedTokens.of(api, root.getString("access"), root.getString("refresh"));
        int refused = 0;
        for (String flaw : forUser.keySet()) {
            List<HttpRequest> requests = new ArrayList<>(userRequests(forUser.get(flaw), other));
            requests.addAll(adminRequests(forAdmin.get(flaw), victim, other, newcomer));
            for (HttpRequest request : requests) {
                Api.Answer answer = api.send(request);
                assertEquals(401, answer.status(), flaw + ": " + request + " -> " + answer.text());
                answer.expectProblem(401);
                refused++;
            }
        }
        assertEquals(forUser.size() * 13, refused);
        assertEquals(before, sessionsOf(access));
        assertEquals(keysBefore, api.send(HttpRequest.newBuilder(api.uri(".well-known/jwks.json")).GET().build()).text());
        api.login(victim, Api.password(victim), "SHORT").expect(200);
        api.login(newcomer, "long-enough-pw", "SHORT").expectProblem(400);
    }

    /** The session endpoints, the first one harmless. */
    private List<HttpRequest> userRequests(String token, String otherSession) {
        return List.of(
                post("api/session/list/", "{\"session\":\"ALL\"}", token),
                HttpRequest.newBuilder(api.uri("api/session/current")).header("Authorization", "JWT " + token).GET().build(),
                post("api/session/destroy/", "{\"session_id\":\"" + otherSession + "\"}", token),
                post("api/session/destroyAllOther/", "{\"session\":\"ALL\"}", token));
    }

    /** The admin endpoints, the first one harmless. */
    private List<HttpRequest> adminRequests(String token, String victim, String otherSession, String newcomer) {
        String users = "api/admin/users/";
        return List.of(
                withToken("api/admin/audit?size=1", token).GET().build(),
                withToken(users + victim + "/sessions", token).GET().build(),
                withToken(users + victim + "/sessions/" + otherSession, token).DELETE().build(),
                withToken(users + victim + "/sessions", token).DELETE().build(),
                post("api/admin/users", "{\"username\":\"" + newcomer + "\",\"password\":\"long-enough-pw\","
                        + "\"groups\":[\"admin\"]}", token),
                withToken(users + victim + "/enabled", token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build(),
                withToken(users + victim + "/password", token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"taken-over-pw\"}")).build(),
                withToken(users + victim, token).DELETE().build(),
                post("api/admin/keys/rotate", "", token));
    }

    private HttpRequest.Builder withToken(String path, String token) {
        return HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token);
    }

    private String sessionsOf(String access) {
        // last use is written (asynchronously) by the requests that are let in; everything else must stay as it was
        return api.list(access, "ALL").expect(200).text().replaceAll("\"last_seen_(at|ip)\":\"[^\"]*\",", "");
    }

    private HttpRequest post(String path, String body, String access) {
        return HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + access).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static List<String> hostileBodies() {
        String huge = "x".repeat(40_000);
        return List.of("", " ", "{", "}", "[]", "null", "true", "42", "\"str\"", "{\"a\":", "{'single':'quotes'}",
                "{\"session\":\"ALL\"} {\"again\":1}", "{\"session\":1e999}", "{\"session\":-0}", "{\"session\":[]}",
                "{\"session\":{}}", "{\"session\":null}", "{\"session\":false}", "{\"session\":\"\"}",
                "{\"session\":\"\\u0000\"}", "{\"session\":\"\\ud83d\"}", "{\"session\":\"ＬＯＮＧ\"}",
                "{\"session\":\"LONG\\\"}\"}", "{\"session\":\"" + huge + "\"}", "{\"" + huge + "\":1}",
                "{\"session\":\"'; DROP TABLE LOGIN_SESSION; --\"}", "{\"session_id\":\"%' OR '1'='1\"}",
                "{\"username\":\"admin'--\",\"password\":\"x\",\"session\":\"LONG\"}",
                "{\"username\":{\"$ne\":null},\"password\":{\"$ne\":null},\"session\":\"LONG\"}",
                "{\"refresh\":\"" + "A".repeat(5000) + "\",\"session\":\"LONG\"}",
                "{\"session\":\"LONG\",\"session\":\"SHORT\",\"__proto__\":{}}",
                "[".repeat(5000) + "]".repeat(5000), "{\"groups\":[" + "\"g\",".repeat(100) + "\"g\"]}",
                "{\"session_id\":\"../../../../etc/passwd\"}", "{\"session\":\"<script>alert(1)</script>\"}");
    }
}
