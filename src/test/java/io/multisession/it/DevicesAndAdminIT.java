package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Device info, long-lived device sessions, refresh tokens in headers, single-session mode, admin control of other
 * users' sessions and accounts, the audit log and brute-force protection, over HTTP against Payara Micro.
 */
@RunAsClient
class DevicesAndAdminIT extends ServiceIT {

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_6_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1";

    // ---- devices -----------------------------------------------------------------------------------------

    @Test
    void loginRecordsTheDeviceAndListsShowIt() {
        String user = api.newUser();
        JsonObject session = loginFrom(user, "SHORT", "203.0.113.7", IPHONE, "iPhone14,2").expect(200).json();
        JsonObject item = onlySession(session.getString("access"), "Short");
        assertEquals("Mobile Safari 15.6.1", item.getString("browser"));
        assertEquals("iOS 15.6.1", item.getString("os"));
        assertEquals("iPhone", item.getString("device"));
        assertEquals("iPhone14,2", item.getString("device_model"));
        assertEquals("203.0.113.7", item.getString("ip_address"));
        assertTrue(item.getBoolean("current"));
    }

    @Test
    void lastSeenFollowsUseOfTheAccessToken() throws Exception {
        String user = api.newUser();
        JsonObject session = loginFrom(user, "SHORT", "203.0.113.8", IPHONE, null).expect(200).json();
        String access = session.getString("access");
        Thread.sleep(1_100);
        Await.until(() -> "203.0.113.99".equals(listFrom(access, "203.0.113.99").getString("last_seen_ip")), 10);
        JsonObject item = listFrom(access, "203.0.113.99");
        assertEquals("203.0.113.8", item.getString("ip_address"));
        assertTrue(Instant.parse(item.getString("last_seen_at")).isAfter(Instant.parse(item.getString("created_at"))));
    }

    @Test
    void lastSeenFollowsTheClientBackAfterARefreshFromElsewhere() throws Exception {
        String user = api.newUser();
        JsonObject session = loginFrom(user, "SHORT", "203.0.113.20", IPHONE, null).expect(200).json();
        String access = session.getString("access");
        Await.until(() -> "203.0.113.21".equals(listFrom(access, "203.0.113.21").getString("last_seen_ip")), 10);
        api.send(HttpRequest.newBuilder(api.uri("api/session/refresh/")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.22").POST(HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("refresh", session.getString("refresh")).add("secret_key", Api.SECRET)
                                .add("session", "SHORT").build().toString())).build()).expect(200);
        // within the accuracy window (a minute here), the move back to .21 must still be written
        Await.until(() -> "203.0.113.21".equals(listFrom(access, "203.0.113.21").getString("last_seen_ip")), 10);
    }

    @Test
    void aDeviceSessionLivesForMonths() {
        String user = api.newUser();
        JsonObject session = api.session(user, "DEVICE");
        JsonObject item = onlySession(session.getString("access"), "Device");
        Duration lifetime = Duration.between(Instant.parse(item.getString("created_at")),
                Instant.parse(item.getString("expires_at")));
        assertEquals(365, lifetime.toDays());
        api.refresh(session.getString("refresh"), "DEVICE").expect(200);
    }

    @Test
    void refreshTokensInHeadersAreRefusedOutsideRefreshAndLogout() {
        String user = api.newUser();
        JsonObject session = api.session(user, "SHORT");
        for (String header : List.of("Permanent-Token", "Refresh-Token")) {
            Api.Answer answer = api.send(HttpRequest.newBuilder(api.uri("api/session/list/"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + session.getString("access"))
                    .header(header, session.getString("refresh"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"ALL\"}")).build()).expectProblem(400);
            assertTrue(!answer.text().contains(session.getString("refresh")));
        }
        api.send(HttpRequest.newBuilder(api.uri("api/session/refresh/")).header("Content-Type", "application/json")
                .header("Permanent-Token", session.getString("refresh"))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("refresh", session.getString("refresh"))
                        .add("secret_key", Api.SECRET).add("session", "SHORT").build().toString())).build()).expect(200);
        api.post("api/session/list/", "{\"session\":\"ALL\",\"refresh\":\"" + session.getString("refresh") + "\"}",
                "Bearer " + session.getString("access")).expectProblem(400);
    }

    // ---- single-session mode, logout everywhere -----------------------------------------------------------

    @Test
    void aDeployersRuleKeepsOneSessionPerTypeForItsUsers() {
        String solo = api.newUserNamed("solo-");
        JsonObject first = api.session(solo, "LONG");
        JsonObject other = api.session(solo, "SHORT");
        JsonObject second = api.session(solo, "LONG");
        api.list(first.getString("access"), "ALL").expectProblem(401);
        api.list(other.getString("access"), "ALL").expect(200);
        assertEquals(1, api.list(second.getString("access"), "LONG").expect(200).json().getJsonObject("Long")
                .getJsonArray("Sessions").size());
    }

    @Test
    void configuredSingleSessionModeByGroupAndLogoutEverywhere() throws Exception {
        api.setServerProperty("multisession.single-session.groups", "kiosk");
        api.setServerProperty("multisession.single-session.mode", "all-types");
        String kiosk = api.newUser("kiosk");
        String normal = api.newUser();
        try {
            JsonObject old = api.session(kiosk, "SHORT");
            Thread.sleep(1_200);
            JsonObject newer = api.session(kiosk, "LONG");
            api.list(old.getString("access"), "ALL").expectProblem(401);
            api.list(newer.getString("access"), "ALL").expect(200);
            JsonObject a = api.session(normal, "SHORT");
            api.session(normal, "LONG");
            api.list(a.getString("access"), "ALL").expect(200);
        } finally {
            api.setServerProperty("multisession.single-session.mode", "off");
        }

        api.setServerProperty("multisession.logout.all-sessions", "true");
        try {
            Thread.sleep(1_200);
            String user = api.newUser();
            JsonObject one = api.session(user, "SHORT");
            JsonObject two = api.session(user, "LONG");
            api.logout(one.getString("refresh")).expect(200);
            api.list(two.getString("access"), "ALL").expectProblem(401);
        } finally {
            api.setServerProperty("multisession.logout.all-sessions", "false");
        }
    }

    // ---- admin control -----------------------------------------------------------------------------------

    @Test
    void adminsListAndEndAnotherUsersSessions() {
        String user = api.newUser();
        JsonObject shortOne = api.session(user, "SHORT");
        JsonObject longOne = api.session(user, "LONG");
        JsonObject longTwo = api.session(user, "LONG");
        String admin = api.rootAccess();

        JsonObject list = adminGet("api/admin/users/" + user + "/sessions", admin).expect(200).json();
        assertEquals(2, list.getJsonObject("Long").getJsonArray("Sessions").size());
        adminDelete("api/admin/users/" + user + "/sessions/" + shortOne.getString("session_id"), admin).expect(200);
        api.list(shortOne.getString("access"), "ALL").expectProblem(401);
        adminDelete("api/admin/users/" + user + "/sessions/" + shortOne.getString("session_id"), admin).expectProblem(404);
        assertEquals(2, adminDelete("api/admin/users/" + user + "/sessions?session=LONG", admin).expect(200).json()
                .getInt("ended"));
        api.list(longOne.getString("access"), "ALL").expectProblem(401);
        api.list(longTwo.getString("access"), "ALL").expectProblem(401);

        String plain = api.session(api.newUser(), "SHORT").getString("access");
        adminGet("api/admin/users/" + user + "/sessions", plain).expectProblem(403);
    }

    @Test
    void endingAnAdminsSessionsNeedsSecurityAdmin() {
        String otherAdmin = api.newUser("admin");
        JsonObject target = api.session(otherAdmin, "SHORT");
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");
        adminDelete("api/admin/users/" + otherAdmin + "/sessions", admin).expectProblem(403);
        adminDelete("api/admin/users/" + otherAdmin + "/sessions/" + target.getString("session_id"), admin)
                .expectProblem(403);
        api.list(target.getString("access"), "ALL").expect(200);
        putJson("api/admin/users/" + otherAdmin + "/enabled", "{\"enabled\":false}", admin).expectProblem(403);

        String securityAdmin = api.session(api.newUser("security-admin"), "SHORT").getString("access");
        assertEquals(1, adminDelete("api/admin/users/" + otherAdmin + "/sessions", securityAdmin).expect(200).json()
                .getInt("ended"));
        api.list(target.getString("access"), "ALL").expectProblem(401);
    }

    @Test
    void disablingDeletingOrRepasswordingAnAccountEndsItsSessions() {
        String admin = api.rootAccess();
        String user = api.newUser();
        JsonObject session = api.session(user, "LONG");
        putJson("api/admin/users/" + user + "/enabled", "{\"enabled\":false}", admin).expect(204);
        api.list(session.getString("access"), "ALL").expectProblem(401);
        api.refresh(session.getString("refresh"), "LONG").expectProblem(401);
        api.login(user, Api.password(user), "LONG").expectProblem(400);
        putJson("api/admin/users/" + user + "/enabled", "{\"enabled\":true}", admin).expect(204);
        JsonObject again = api.session(user, "LONG");

        putJson("api/admin/users/" + user + "/password", "{\"password\":\"a-new-password\"}", admin).expect(204);
        api.list(again.getString("access"), "ALL").expectProblem(401);
        api.login(user, Api.password(user), "LONG").expectProblem(400);
        JsonObject withNewPassword = api.login(user, "a-new-password", "LONG").expect(200).json();

        adminDelete("api/admin/users/" + user, admin).expect(204);
        api.list(withNewPassword.getString("access"), "ALL").expectProblem(401);
        api.login(user, "a-new-password", "LONG").expectProblem(400);
        adminDelete("api/admin/users/" + user, admin).expectProblem(404);
        putJson("api/admin/users/" + user + "/enabled", "{\"enabled\":\"no\"}", admin).expectProblem(400);
    }

    @Test
    void theAuditLogRecordsSessionEventsAndAdminActions() {
        String admin = api.rootAccess();
        String user = api.newUser();
        api.login(user, "wrong-password", "SHORT").expectProblem(400);
        JsonObject session = api.session(user, "ROTATING");
        String original = session.getString("refresh");
        api.refresh(original, "ROTATING").expect(200);
        api.logout(api.session(user, "SHORT").getString("refresh")).expect(200);
        putJson("api/admin/users/" + user + "/enabled", "{\"enabled\":false}", admin).expect(204);

        JsonArray events = adminGet("api/admin/audit?user=" + user + "&size=50", admin).expect(200).json()
                .getJsonArray("events");
        List<String> types = events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
        for (String expected : List.of("USER_CREATED", "LOGIN_FAILED", "LOGIN", "SESSION_REVOKED", "USER_DISABLED")) {
            assertTrue(types.contains(expected), expected + " in " + types);
        }
        JsonObject newest = events.getJsonObject(0);
        assertEquals("USER_DISABLED", newest.getString("type"));
        assertEquals(Api.ROOT_USER, newest.getString("actor"));
        JsonObject endedByDisabling = events.getJsonObject(1);
        assertEquals("SESSION_REVOKED", endedByDisabling.getString("type"));
        assertEquals("ACCOUNT_CHANGED", endedByDisabling.getString("detail"));
        assertEquals(Api.ROOT_USER, endedByDisabling.getString("actor"));
        assertEquals(1, adminGet("api/admin/audit?user=" + user + "&size=1&page=1", admin).expect(200).json()
                .getJsonArray("events").size());
        adminGet("api/admin/audit?size=0", admin).expectProblem(400);
        adminGet("api/admin/audit", session.getString("access")).expectProblem(401);
    }

    // ---- brute force -------------------------------------------------------------------------------------

    @Test
    void repeatedFailuresLockTheUserAtThatAddressOnly() throws Exception {
        String user = api.newUser();
        for (int i = 0; i < 3; i++) {
            loginFrom(user, "wrong-password", "SHORT", "192.0.2.10").expectProblem(400);
        }
        Api.Answer locked = loginFrom(user, Api.password(user), "SHORT", "192.0.2.10").expectProblem(429);
        assertTrue(locked.raw().headers().firstValue("Retry-After").isPresent());
        loginFrom(user, Api.password(user), "SHORT", "192.0.2.11").expect(200);
        Thread.sleep(2_200);
        loginFrom(user, Api.password(user), "SHORT", "192.0.2.10").expect(200);
    }

    @Test
    void anAddressGuessingAcrossManyUsersIsLocked() {
        for (int i = 0; i < 10; i++) {
            loginFrom("nobody-" + i, "wrong-password", "SHORT", "192.0.2.20").expectProblem(400);
        }
        String user = api.newUser();
        loginFrom(user, Api.password(user), "SHORT", "192.0.2.20").expectProblem(429);
        loginFrom(user, Api.password(user), "SHORT", "192.0.2.21").expect(200);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Api.Answer loginFrom(String user, String type, String ip, String userAgent, String deviceModel) {
        HttpRequest.Builder request = loginRequest(user, Api.password(user), type, ip);
        request.header("User-Agent", userAgent);
        if (deviceModel != null) {
            request.header("X-Device-Model", deviceModel);
        }
        return api.send(request.build());
    }

    private Api.Answer loginFrom(String user, String password, String type, String ip) {
        return api.send(loginRequest(user, password, type, ip).build());
    }

    private HttpRequest.Builder loginRequest(String user, String password, String type, String ip) {
        return HttpRequest.newBuilder(api.uri("api/session/login/")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", user)
                        .add("password", password).add("secret_key", Api.SECRET).add("session", type).build().toString()));
    }

    /** The only SHORT session, listed by a client at {@code ip}. */
    private JsonObject listFrom(String access, String ip) {
        JsonArray sessions = api.send(HttpRequest.newBuilder(api.uri("api/session/list/"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + access)
                .header("X-Forwarded-For", ip).POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"SHORT\"}"))
                .build()).expect(200).json().getJsonObject("Short").getJsonArray("Sessions");
        assertEquals(1, sessions.size(), sessions.toString());
        return sessions.getJsonObject(0);
    }

    private JsonObject onlySession(String access, String caption) {
        JsonArray sessions = api.list(access, "ALL").expect(200).json().getJsonObject(caption).getJsonArray("Sessions");
        assertEquals(1, sessions.size(), sessions.toString());
        return sessions.getJsonObject(0);
    }

    private Api.Answer adminGet(String path, String access) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access).GET().build());
    }

    private Api.Answer adminDelete(String path, String access) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access).DELETE().build());
    }

    private Api.Answer putJson(String path, String body, String access) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }


}
