package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The audit log over HTTP: session events and admin actions, newest first, paged and filtered by user. */
@RunAsClient
class AuditIT extends ServiceIT {

    @Test
    void theAuditLogRecordsSessionEventsAndAdminActions() {
        String admin = api.rootAccess();
        String user = api.newUser();
        api.login(user, "wrong-password", "SHORT").expectProblem(400);
        JsonObject session = api.session(user, "ROTATING");
        String original = session.getString("refresh");
        api.refresh(original, "ROTATING").expect(200);
        api.logout(api.session(user, "SHORT").getString("refresh")).expect(200);
        api.put("api/admin/users/" + user + "/enabled", "{\"enabled\":false}", admin).expect(204);

        JsonArray events = api.get("api/admin/audit?user=" + user + "&size=50", admin).expect(200).json()
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
        assertEquals(1, api.get("api/admin/audit?user=" + user + "&size=1&page=1", admin).expect(200).json()
                .getJsonArray("events").size());
        api.get("api/admin/audit?size=0", admin).expectProblem(400);
        api.get("api/admin/audit?type=NOT_A_TYPE", admin).expectProblem(400);
        api.get("api/admin/audit?from=yesterday", admin).expectProblem(400);
        api.get("api/admin/audit?from=%2B1000000000-01-01T00:00:00Z", admin).expectProblem(400);
        api.get("api/admin/audit?to=1969-12-31T23:59:59Z", admin).expectProblem(400);
        api.get("api/admin/audit?user=a%00b", admin).expectProblem(400);
        api.get("api/admin/audit?page=x", admin).expectProblem(400);
        api.get("api/admin/audit?user=" + "x".repeat(151), admin).expectProblem(400);
        api.get("api/admin/audit", session.getString("access")).expectProblem(401);
    }

    @Test
    void theAuditLogFiltersByEventTypeAndTimeAndSaysWhetherMoreFollow() throws Exception {
        String admin = api.rootAccess();
        String user = api.newUser();
        api.session(user, "SHORT");
        Instant between = Instant.now();
        Thread.sleep(20);
        api.session(user, "LONG");
        api.login(user, "wrong-password", "SHORT").expectProblem(400);

        JsonObject logins = api.get("api/admin/audit?user=" + user + "&type=LOGIN", admin).expect(200).json();
        assertEquals(List.of("LOGIN", "LOGIN"), types(logins));
        assertFalse(logins.getBoolean("has_more"));
        assertEquals(List.of("LOGIN", "LOGIN_FAILED"), types(api.get("api/admin/audit?user=" + user + "&from="
                + between, admin).expect(200).json()).stream().sorted().toList());
        assertEquals(List.of("LOGIN", "USER_CREATED"), types(api.get("api/admin/audit?user=" + user + "&to="
                + between, admin).expect(200).json()));
        JsonObject firstOfAll = api.get("api/admin/audit?user=" + user + "&size=1", admin).expect(200).json();
        assertTrue(firstOfAll.getBoolean("has_more"));

        List<String> known = api.get("api/admin/audit/types", admin).expect(200).jsonArray()
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(known.containsAll(List.of("LOGIN", "LOGIN_FAILED", "SESSION_REVOKED", "USER_CREATED")), known.toString());
    }

    private static List<String> types(JsonObject page) {
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
    }
}
