package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
        api.get("api/admin/audit", session.getString("access")).expectProblem(401);
    }
}
