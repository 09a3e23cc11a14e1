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
 * The device component over HTTP: what a login records about the device and address, last use following the
 * client, long-lived device sessions, and refresh tokens refused in headers where they do not belong.
 */
@RunAsClient
class DeviceIT extends ServiceIT {

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_6_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1";

    @Test
    void loginRecordsTheDeviceAndListsShowIt() {
        String user = api.newUser();
        JsonObject session = loginFrom(user, "SHORT", "203.0.113.7", IPHONE, "iPhone14,2").expect(200).json();
        JsonObject item = onlySession(session.getString("access"), "Short");
        assertEquals("Mobile Safari 15.6.1", item.getString("browser"));
        assertEquals("iOS 15.6.1", item.getString("os"));
        assertEquals("iPhone", item.getString("device"));
        assertEquals("iPhone14,2", item.getString("device_model"));
        assertEquals("Mobile", item.getString("device_type"));
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

    private Api.Answer loginFrom(String user, String type, String ip, String userAgent, String deviceModel) {
        return api.loginFrom(user, Api.password(user), type, ip, userAgent, deviceModel);
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
}
