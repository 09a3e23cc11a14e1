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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * drf-jwt-devices' clients against our routes, with their headers, bodies and error shapes (seed-features.md §3).
 * The tests' config switches the family on with the type {@code PERMANENT} (a one-minute sliding idle window).
 */
@RunAsClient
class JwtDevicesIT extends ServiceIT {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";

    @Test
    void theSeedsReadmeFlowWorksWithOnlyTheBaseUrlChanged() {
        String user = api.newUser();
        JsonObject login = send(post("auth-token/", json(user, Api.password(user)))
                .header("X-Device-Model", "Pixel 8").header("User-Agent", PHONE)).expect(200).json();
        String token = login.getString("token");
        String permanent = login.getString("permanent_token");
        String deviceId = login.getString("device_id");

        JsonObject device = devices(token).getJsonObject(0);
        assertEquals(deviceId, device.getString("id"));
        assertEquals("Pixel 8", device.getString("name"));
        assertEquals("Chrome Mobile 131.0.0 on Android 14", device.getString("details"));
        assertTrue(device.containsKey("created") && device.containsKey("last_request_datetime"), device.toString());

        String renewed = send(post("device-refresh-token/", "").header("Permanent-Token", permanent)).expect(200)
                .string("token");
        assertEquals(1, devices(renewed).size());

        assertEquals(204, send(delete("device-logout/", renewed).header("Device-Id", deviceId)).status());
        assertEquals(401, send(get("devices/", renewed)).status(), "the device's tokens die with it");
        assertEquals(401, send(get("devices/", token)).status());
        assertBody(400, "{\"HTTP_PERMANENT_TOKEN\":[\"Invalid permanent_token value.\"]}",
                send(post("device-refresh-token/", "").header("Permanent-Token", permanent)));
    }

    @Test
    void formLoginsAndTheSeedsErrorBodies() {
        String user = api.newUser();
        Api.Answer form = send(HttpRequest.newBuilder(api.uri("auth-token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Api.password(user))))
                .expect(200);
        String token = form.string("token");

        assertBody(400, "{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}",
                send(post("auth-token/", json(user, "wrong-password"))));
        assertBody(400, "{\"password\":[\"This field is required.\"]}",
                send(post("auth-token/", "{\"username\":\"" + user + "\"}")));
        assertBody(400, "{\"HTTP_PERMANENT_TOKEN\":[\"This field is required.\"]}",
                send(post("device-refresh-token/", "")));
        Api.Answer malformed = send(post("auth-token/", "{\"username\":"));
        assertEquals(400, malformed.status());
        assertEquals("application/json", malformed.contentType());
        assertBody(400, "[\"Device-Id header must be present in the request headers.\"]",
                send(delete("device-logout/", token)));
        assertBody(404, "{\"detail\":\"Device does not exist.\"}",
                send(delete("device-logout/", token).header("Device-Id", "no-such-device")));

        // another user's device is not found, and lives on
        String other = api.newUser();
        JsonObject theirs = send(post("auth-token/", json(other, Api.password(other)))).expect(200).json();
        assertEquals(404, send(delete("devices/" + theirs.getString("device_id") + "/", token)).status());
        assertEquals(1, devices(theirs.getString("token")).size());
        // a device's token ends devices only: the user's app session is not found there
        JsonObject app = api.session(user, "SHORT");
        assertEquals(404, send(delete("devices/" + app.getString("session_id") + "/", token)).status());
        assertEquals(404, send(delete("device-logout/", token).header("Device-Id", app.getString("session_id")))
                .status());
        api.list(app.getString("access"), "ALL").expect(200);

        // the permanent token is refused in a header anywhere else
        api.send(HttpRequest.newBuilder(api.uri("api/session/current")).header("Authorization", "JWT " + token)
                .header("Permanent-Token", theirs.getString("permanent_token")).GET().build()).expectProblem(400);
    }

    @Test
    void deletingADeviceCutsItOffAtOnceAndOtherChannelsSessionsAreNoDevices() {
        String user = api.newUser();
        JsonObject first = send(post("auth-token/", json(user, Api.password(user)))).expect(200).json();
        JsonObject second = send(post("auth-token/", json(user, Api.password(user)))).expect(200).json();
        JsonObject app = api.session(user, "PERMANENT");
        assertEquals(2, devices(first.getString("token")).size(), "the app's session is not a device");
        assertEquals(400, send(post("device-refresh-token/", "").header("Permanent-Token", app.getString("refresh")))
                .status(), "nor refreshed as one without the client secret");

        assertEquals(204, send(delete("devices/" + second.getString("device_id") + "/", first.getString("token")))
                .status());
        assertEquals(401, send(get("devices/", second.getString("token"))).status());
        assertEquals(400, send(post("device-refresh-token/", "").header("Permanent-Token",
                second.getString("permanent_token"))).status());
        assertEquals(1, devices(first.getString("token")).size());
    }

    @Test
    void anIdleExpiredPermanentTokenEndsItsDevice() throws Exception {
        String user = api.newUser();
        // a device of BRIEF (2 s) for this test; it keeps its type when the setting is put back
        ConfigFiles.write("multisession.compat.jwt-devices.session-type", "BRIEF");
        JsonObject idle;
        try {
            idle = send(post("auth-token/", json(user, Api.password(user)))).expect(200).json();
        } finally {
            ConfigFiles.remove("multisession.compat.jwt-devices.session-type");
        }
        Thread.sleep(3_000);
        assertBody(400, "{\"HTTP_PERMANENT_TOKEN\":[\"Invalid permanent_token value.\"]}",
                send(post("device-refresh-token/", "").header("Permanent-Token", idle.getString("permanent_token"))));
        String fresh = send(post("auth-token/", json(user, Api.password(user)))).expect(200).string("token");
        JsonArray devices = devices(fresh);
        assertEquals(1, devices.size());
        assertFalse(devices.getJsonObject(0).getString("id").equals(idle.getString("device_id")));
    }

    @Test
    void theRoutesAreOffUnlessSwitchedOn() {
        ConfigFiles.write("multisession.compat.jwt-devices.enabled", "false");
        try {
            String user = api.newUser();
            api.send(post("auth-token/", json(user, Api.password(user))).build()).expectProblem(404);
            api.send(post("device-refresh-token/", "").header("Permanent-Token", "x").build()).expectProblem(404);
            String access = api.session(user, "SHORT").getString("access");
            api.send(get("devices/", access).build()).expectProblem(404);
            api.send(post("auth-token;x=1/", json(user, Api.password(user))).build()).expectProblem(404);
        } finally {
            ConfigFiles.remove("multisession.compat.jwt-devices.enabled");
        }
    }

    private JsonArray devices(String token) {
        Api.Answer answer = send(get("devices/", token)).expect(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.text()))) {
            return reader.readArray();
        }
    }

    private static void assertBody(int status, String expected, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        assertEquals("application/json", answer.contentType());
        assertEquals(parse(expected), parse(answer.text()));
    }

    private static JsonStructure parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(api.uri(path)).header("Authorization", "JWT " + token).GET();
    }

    private HttpRequest.Builder delete(String path, String token) {
        return HttpRequest.newBuilder(api.uri(path)).header("Authorization", "JWT " + token).DELETE();
    }

    private Api.Answer send(HttpRequest.Builder request) {
        return api.send(request.build());
    }

    private static String json(String user, String password) {
        return Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
    }
}
