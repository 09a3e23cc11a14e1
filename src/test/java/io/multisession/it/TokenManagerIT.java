package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * django-token-manager's clients against our routes, with their bodies and error shapes (seed-features.md §4). The
 * tests' config switches the family on with the type {@code TOKEN}: three tokens per user, the oldest ended, admins
 * exempt (the seed's cap for non-staff users).
 */
@RunAsClient
class TokenManagerIT extends ServiceIT {

    @Test
    void theSeedsReadmeFlowWorksWithOnlyTheBaseUrlChanged() {
        String user = api.newUser();
        String token = send(HttpRequest.newBuilder(api.uri("token/get/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Api.password(user))))
                .expect(200).string("token");

        JsonObject listed = tokens(token, "").getJsonObject(0);
        for (String field : List.of("id", "user", "ip", "os", "device_type", "device", "browser", "created_at",
                "updated_at")) {
            assertTrue(listed.containsKey(field), field + " in " + listed);
        }
        assertEquals(user, listed.getString("user"));
        assertTrue(listed.getBoolean("current"));
        JsonObject shown = (JsonObject) parse(send(get("token/manage/" + listed.getString("id") + "/", token))
                .expect(200).text());
        for (String field : List.of("id", "user", "created_at", "device_type")) {
            assertEquals(listed.get(field), shown.get(field), field);
        }

        assertEquals(token, send(post("token/verify/", "{\"token\":\"" + token + "\"}", null)).expect(200)
                .string("token"));
        assertBody(200, "{\"status_code\":200,\"message\":\"User successfully exited.\"}",
                send(get("token/logout/", token)));
        assertBody(400, "{\"non_field_errors\":[\"Token is not valid anymore!\"]}",
                send(post("token/verify/", "{\"token\":\"" + token + "\"}", null)));
        assertEquals(401, send(get("token/manage/", token)).status());
    }

    @Test
    void theSeedsErrorBodies() {
        String user = api.newUser();
        assertBody(400, "{\"non_field_errors\":[\"Unable to login with provided credentials.\"]}",
                send(post("token/get/", credentials(user, "wrong-password"), null)));
        assertBody(400, "{\"username\":[\"This field is required.\"]}",
                send(post("token/get/", "{\"password\":\"x\"}", null)));
        assertBody(400, "[\"User is not login!\"]", send(HttpRequest.newBuilder(api.uri("token/logout/"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        assertBody(400, "{\"non_field_errors\":[\"Token is not valid anymore!\"]}",
                send(post("token/verify/", "{\"token\":\"not.a.token\"}", null)));
        String refresh = api.session(user, "SHORT").getString("refresh");
        assertBody(400, "{\"non_field_errors\":[\"Token is not valid anymore!\"]}",
                send(post("token/verify/", "{\"token\":\"" + refresh + "\"}", null)),
                "this open route tells nothing about refresh tokens");
        String token = login(user);
        assertBody(404, "{\"detail\":\"Not found.\"}", send(get("token/manage/no-such-token/", token)));
        assertBody(404, "{\"id_list\":[\"Invalid pk \\\"nope\\\" - object does not exist.\"]}",
                send(post("token/manage/delete-list/", "{\"id_list\":[\"nope\"]}", token)));
        assertBody(400, "{\"id_list\":[\"This list may not be empty.\"]}",
                send(post("token/manage/delete-list/", "{\"id_list\":[]}", token)));
        assertBody(400, "{\"id_list\":[\"Expected a list of strings.\"]}",
                send(post("token/manage/delete-list/", "{\"id_list\":\"x\"}", token)));
        assertEquals(400, send(get("token/manage/" + "x".repeat(100) + "/", token)).status());
    }

    @Test
    void deleteListKeepsTheCallersTokenAndRefusesAnotherUsersIds() {
        String user = api.newUser();
        String current = login(user);
        String other = login(user);
        String someoneElse = api.newUser();
        String theirs = login(someoneElse);
        String currentId = idOf(current);
        String otherId = idOf(other);

        assertBody(400, "[\"You don't have required permissions to do this operation!\"]",
                send(post("token/manage/delete-list/", "{\"id_list\":[\"" + otherId + "\",\"" + idOf(theirs) + "\"]}",
                        current)));
        send(get("token/manage/", other)).expect(200);
        send(get("token/manage/", theirs)).expect(200);
        assertEquals(404, send(get("token/manage/" + idOf(theirs) + "/", current)).status());
        assertEquals(Set.of(currentId, otherId), ids(tokens(current, "")), "a user sees only their own tokens");
        assertEquals(Set.of(), ids(tokens(current, "?user_id=" + someoneElse)));

        assertEquals(204, send(post("token/manage/delete-list/", "{\"id_list\":[\"" + currentId + "\",\"" + otherId
                + "\"]}", current)).status());
        assertEquals(401, send(get("token/manage/", other)).status(), "a deleted token is refused at once");
        assertEquals(Set.of(currentId), ids(tokens(current, "")), "the caller's own token is kept");
    }

    @Test
    void adminsSeeAndDeleteEveryonesTokensButNotAPrivilegedUsersWithoutSecurityAdmin() {
        String admin = login(api.newUser("admin"));
        String user = api.newUser();
        String usersToken = login(user);
        String privileged = login(api.newUser("admin"));

        Set<String> all = ids(tokens(admin, ""));
        assertTrue(all.containsAll(Set.of(idOf(usersToken), idOf(privileged))), all.toString());
        assertEquals(Set.of(idOf(usersToken)), ids(tokens(admin, "?user_id=" + user)));

        assertEquals(403, send(HttpRequest.newBuilder(api.uri("token/manage/" + idOf(privileged) + "/"))
                .header("Authorization", "JWT " + admin).DELETE()).status());
        send(get("token/manage/", privileged)).expect(200);
        assertEquals(204, send(HttpRequest.newBuilder(api.uri("token/manage/" + idOf(usersToken) + "/"))
                .header("Authorization", "JWT " + admin).DELETE()).status());
        assertEquals(401, send(get("token/manage/", usersToken)).status());
    }

    @Test
    void aSecurityAdminIsStaffTooAndTokenRoutesEndOnlyTokens() {
        String securityAdmin = login(api.newUser("security-admin"));
        String user = api.newUser();
        String usersToken = login(user);
        JsonObject app = api.session(user, "SHORT");
        assertEquals(Set.of(idOf(usersToken)), ids(tokens(securityAdmin, "?user_id=" + user)));
        assertEquals(404, send(HttpRequest.newBuilder(api.uri("token/manage/" + app.getString("session_id") + "/"))
                .header("Authorization", "JWT " + usersToken).DELETE()).status(), "an app session is no token");
        api.list(app.getString("access"), "ALL").expect(200);
    }

    @Test
    void aUserHoldsThreeTokensAndAnAdminAnyNumberAlsoInParallel() throws Exception {
        String user = api.newUser();
        String admin = api.newUser("admin");
        List<String> userTokens = Parallel.run(8, () -> send(post("token/get/", credentials(user, Api.password(user)),
                null)).expect(200).string("token"));
        List<String> adminTokens = Parallel.run(8, () -> send(post("token/get/", credentials(admin,
                Api.password(admin)), null)).expect(200).string("token"));
        long userAlive = userTokens.stream().filter(token -> send(get("token/manage/", token)).status() == 200).count();
        assertEquals(3, userAlive, "the oldest were ended, three remain");
        assertEquals(8, ids(tokens(adminTokens.get(0), "?user_id=" + admin)).size());
    }

    @Test
    void theRoutesAreOffUnlessSwitchedOn() {
        ConfigFiles.write("multisession.compat.token-manager.enabled", "false");
        try {
            String user = api.newUser();
            api.send(post("token/get/", credentials(user, Api.password(user)), null).build()).expectProblem(404);
            String access = api.session(user, "SHORT").getString("access");
            api.send(get("token/manage/", access).build()).expectProblem(404);
            api.send(post("token;x=1/get/", credentials(user, Api.password(user)), null).build()).expectProblem(404);
        } finally {
            ConfigFiles.remove("multisession.compat.token-manager.enabled");
        }
    }

    private String login(String user) {
        return send(post("token/get/", credentials(user, Api.password(user)), null)).expect(200).string("token");
    }

    private String idOf(String token) {
        return tokens(token, "").getValuesAs(JsonObject.class).stream().filter(t -> t.getBoolean("current"))
                .findFirst().orElseThrow().getString("id");
    }

    private JsonArray tokens(String token, String query) {
        return (JsonArray) parse(send(get("token/manage/" + query, token)).expect(200).text());
    }

    private static Set<String> ids(JsonArray tokens) {
        return tokens.getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).collect(Collectors.toSet());
    }

    private static void assertBody(int status, String expected, Api.Answer answer) {
        assertBody(status, expected, answer, answer.text());
    }

    private static void assertBody(int status, String expected, Api.Answer answer, String why) {
        assertEquals(status, answer.status(), why);
        assertEquals("application/json", answer.contentType());
        assertEquals(parse(expected), parse(answer.text()));
        assertFalse(answer.text().contains("Exception"));
    }

    private static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder post(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? request : request.header("Authorization", "JWT " + token);
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(api.uri(path)).header("Authorization", "JWT " + token).GET();
    }

    private Api.Answer send(HttpRequest.Builder request) {
        return api.send(request.build());
    }

    private static String credentials(String user, String password) {
        return Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
    }
}
