package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The user component over HTTP: admins end other users' sessions and disable, delete or re-password accounts; the
 * two admin levels (a plain {@code admin} can neither take over nor create a privileged account, one in {@code admin}
 * or {@code security-admin}; a {@code security-admin} can; the bootstrap admin is both); and group names from any
 * identity store never split into a privileged group.
 */
@RunAsClient
class UserAdministrationIT extends ServiceIT {

    @Test
    void aPlainAdminCannotTakeOverASecurityAdmin() {
        String target = api.newUser("security-admin");
        JsonObject targetSession = api.session(target, "SHORT");
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");

        api.put("api/admin/users/" + target + "/password", "{\"password\":\"taken-over-pw\"}", admin).expectProblem(403);
        api.login(target, "taken-over-pw", "SHORT").expectProblem(400);
        api.delete("api/admin/users/" + target + "/sessions", admin).expectProblem(403);
        api.delete("api/admin/users/" + target + "/sessions/" + targetSession.getString("session_id"), admin)
                .expectProblem(403);
        api.put("api/admin/users/" + target + "/enabled", "{\"enabled\":false}", admin).expectProblem(403);
        api.delete("api/admin/users/" + target, admin).expectProblem(403);
        // nor change what every token of the realm is signed with
        api.post("api/admin/keys/rotate", "", "Bearer " + admin).expectProblem(403);

        api.list(targetSession.getString("access"), "ALL").expect(200);
        api.refresh(targetSession.getString("refresh"), "SHORT").expect(200);
        api.login(target, Api.password(target), "SHORT").expect(200);
    }

    @Test
    void aPlainAdminCannotCreateAPrivilegedAccount() {
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");
        for (String group : List.of("admin", "security-admin")) {
            String name = "minted-" + group + "-" + System.nanoTime();
            api.post("api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\",\"groups\":[\""
                    + group + "\"]}", "Bearer " + admin).expectProblem(403);
            api.login(name, "long-enough-pw", "SHORT").expectProblem(400);
        }
        String plain = "plain-" + System.nanoTime();
        api.post("api/admin/users", "{\"username\":\"" + plain + "\",\"password\":\"long-enough-pw\",\"groups\":[\"staff\"]}",
                "Bearer " + admin).expect(201);
        api.put("api/admin/users/" + plain + "/password", "{\"password\":\"another-password\"}", admin).expect(204);
    }

    @Test
    void aSecurityAdminManagesPrivilegedAccounts() {
        String securityAdmin = api.session(api.newUser("security-admin"), "SHORT").getString("access");
        String name = "made-admin-" + System.nanoTime();
        api.post("api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\",\"groups\":[\"admin\"]}",
                "Bearer " + securityAdmin).expect(201);
        JsonObject session = api.login(name, "long-enough-pw", "SHORT").expect(200).json();
        assertEquals(Set.of("user", "admin"), api.groupsOf(session.getString("access")));
        api.put("api/admin/users/" + name + "/password", "{\"password\":\"a-new-password\"}", securityAdmin).expect(204);
        api.list(session.getString("access"), "ALL").expectProblem(401);
        api.delete("api/admin/users/" + name, securityAdmin).expect(204);
        api.login(name, "a-new-password", "SHORT").expectProblem(400);
    }

    @Test
    void theBootstrapAdminHoldsBothLevels() {
        Set<String> groups = api.groupsOf(api.rootAccess());
        assertTrue(groups.containsAll(List.of("admin", "security-admin")), groups.toString());
    }

    @Test
    void groupNamesFromAnIdentityStoreNeverSplitIntoPrivilegedGroups() {
        JsonObject session = api.login(ForeignIdentityStore.USER, ForeignIdentityStore.PASSWORD, "SHORT").expect(200).json();
        String access = session.getString("access");
        assertEquals(Set.of("user", "readers"), api.groupsOf(access));
        api.get("api/admin/audit", access).expectProblem(403);
        assertEquals(Set.of("user", "readers"), api.groupsOf(api.refresh(session.getString("refresh"), "SHORT")
                .expect(200).string("access")));
    }

    @Test
    void adminsListAndEndAnotherUsersSessions() {
        String user = api.newUser();
        JsonObject shortOne = api.session(user, "SHORT");
        JsonObject longOne = api.session(user, "LONG");
        JsonObject longTwo = api.session(user, "LONG");
        String admin = api.rootAccess();

        JsonObject list = api.get("api/admin/users/" + user + "/sessions", admin).expect(200).json();
        assertEquals(2, list.getJsonObject("Long").getJsonArray("Sessions").size());
        api.delete("api/admin/users/" + user + "/sessions/" + shortOne.getString("session_id"), admin).expect(200);
        api.list(shortOne.getString("access"), "ALL").expectProblem(401);
        api.delete("api/admin/users/" + user + "/sessions/" + shortOne.getString("session_id"), admin).expectProblem(404);
        assertEquals(2, api.delete("api/admin/users/" + user + "/sessions?session=LONG", admin).expect(200).json()
                .getInt("ended"));
        api.list(longOne.getString("access"), "ALL").expectProblem(401);
        api.list(longTwo.getString("access"), "ALL").expectProblem(401);

        String plain = api.session(api.newUser(), "SHORT").getString("access");
        api.get("api/admin/users/" + user + "/sessions", plain).expectProblem(403);
    }

    @Test
    void endingAnAdminsSessionsNeedsSecurityAdmin() {
        String otherAdmin = api.newUser("admin");
        JsonObject target = api.session(otherAdmin, "SHORT");
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");
        api.delete("api/admin/users/" + otherAdmin + "/sessions", admin).expectProblem(403);
        api.delete("api/admin/users/" + otherAdmin + "/sessions/" + target.getString("session_id"), admin)
                .expectProblem(403);
        api.list(target.getString("access"), "ALL").expect(200);
        api.put("api/admin/users/" + otherAdmin + "/enabled", "{\"enabled\":false}", admin).expectProblem(403);

        String securityAdmin = api.session(api.newUser("security-admin"), "SHORT").getString("access");
        assertEquals(1, api.delete("api/admin/users/" + otherAdmin + "/sessions", securityAdmin).expect(200).json()
                .getInt("ended"));
        api.list(target.getString("access"), "ALL").expectProblem(401);
    }

    @Test
    void adminsFindUsersByPartOfTheirNameAPageAtATime() {
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");
        String prefix = "find" + Long.toString(System.nanoTime(), 36);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add(api.newUserNamed(prefix + "-" + i + "-"));
        }
        String privileged = api.newUserNamed(prefix.toUpperCase() + "-admin-", "admin");

        JsonObject first = api.get("api/admin/users?q=" + prefix + "&size=3", admin).expect(200).json();
        assertEquals(4, first.getInt("total"), "case-insensitive: " + first);
        List<String> firstPage = first.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .map(user -> user.getString("username")).toList();
        assertEquals(3, firstPage.size());
        assertEquals(firstPage.stream().sorted().toList(), firstPage, "by name");
        JsonObject second = api.get("api/admin/users?q=" + prefix + "&size=3&page=1", admin).expect(200).json();
        assertEquals(1, second.getJsonArray("users").size());
        assertEquals(0, api.get("api/admin/users?q=" + prefix + "%25&size=3", admin).expect(200).json()
                .getInt("total"), "a % is searched for, not a wildcard");

        JsonObject details = api.get("api/admin/users/" + privileged, admin).expect(200).json();
        assertEquals(List.of("admin"), details.getJsonArray("groups").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertTrue(details.getBoolean("enabled"));
        assertTrue(details.containsKey("created_at"));
        assertFalse(details.containsKey("password_hash"));
        api.get("api/admin/users/no-such-" + prefix, admin).expectProblem(404);
        api.get("api/admin/users?size=0", admin).expectProblem(400);
        api.get("api/admin/users?size=101", admin).expectProblem(400);
        api.get("api/admin/users?page=-1", admin).expectProblem(400);
        api.get("api/admin/users?page=x", admin).expectProblem(400);
        api.get("api/admin/users?size=1e3", admin).expectProblem(400);
        api.get("api/admin/users?q=" + "x".repeat(151), admin).expectProblem(400);
        api.get("api/admin/users?q=a%00b", admin).expectProblem(400);
        api.createUser("..", "long-enough-password").expectProblem(400);
        String plain = api.session(names.get(0), "SHORT").getString("access");
        api.get("api/admin/users?q=" + prefix, plain).expectProblem(403);
        api.get("api/admin/users/" + names.get(1), plain).expectProblem(403);
    }

    @Test
    void loggingOutSelectedUsersSkipsPrivilegedOnesForAPlainAdmin() {
        String plainUser = api.newUser();
        String otherAdmin = api.newUser("admin");
        JsonObject plainSession = api.session(plainUser, "SHORT");
        api.session(plainUser, "LONG");
        JsonObject adminSession = api.session(otherAdmin, "SHORT");
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");
        String body = Json.createObjectBuilder().add("usernames", Json.createArrayBuilder()
                .add(plainUser).add(otherAdmin).add("nobody-" + plainUser)).build().toString();

        JsonObject done = api.post("api/admin/logouts", body, "Bearer " + admin).expect(200).json();
        assertEquals(List.of(otherAdmin), done.getJsonArray("skipped").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        JsonObject plainDone = done.getJsonArray("logged_out").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals(plainUser)).findFirst().orElseThrow();
        assertEquals(2, plainDone.getInt("ended"));
        api.list(plainSession.getString("access"), "ALL").expectProblem(401);
        api.list(adminSession.getString("access"), "ALL").expect(200);

        String securityAdmin = api.session(api.newUser("security-admin"), "SHORT").getString("access");
        JsonObject byTopAdmin = api.post("api/admin/logouts", body, "Bearer " + securityAdmin).expect(200).json();
        assertEquals(0, byTopAdmin.getJsonArray("skipped").size());
        api.list(adminSession.getString("access"), "ALL").expectProblem(401);

        api.post("api/admin/logouts", "{\"usernames\":[]}", "Bearer " + securityAdmin).expectProblem(400);
        api.post("api/admin/logouts", "{\"usernames\":[1]}", "Bearer " + securityAdmin).expectProblem(400);
        api.post("api/admin/logouts", "{\"users\":[\"x\"]}", "Bearer " + securityAdmin).expectProblem(400);
        api.post("api/admin/logouts", "{\"usernames\":\"x\"}", "Bearer " + securityAdmin).expectProblem(400);
        api.post("api/admin/logouts", "{\"usernames\":[\"a\\u0000b\"]}", "Bearer " + securityAdmin)
                .expectProblem(400);
        api.post("api/admin/logouts", "{\"usernames\":" + Json.createArrayBuilder(
                Collections.nCopies(101, "x")).build() + "}", "Bearer " + securityAdmin).expectProblem(400);
        String plain = api.session(api.newUser(), "SHORT").getString("access");
        api.post("api/admin/logouts", body, "Bearer " + plain).expectProblem(403);
    }

    @Test
    void disablingDeletingOrRepasswordingAnAccountEndsItsSessions() {
        String admin = api.rootAccess();
        String user = api.newUser();
        JsonObject session = api.session(user, "LONG");
        api.put("api/admin/users/" + user + "/enabled", "{\"enabled\":false}", admin).expect(204);
        api.list(session.getString("access"), "ALL").expectProblem(401);
        api.refresh(session.getString("refresh"), "LONG").expectProblem(401);
        api.login(user, Api.password(user), "LONG").expectProblem(400);
        api.put("api/admin/users/" + user + "/enabled", "{\"enabled\":true}", admin).expect(204);
        JsonObject again = api.session(user, "LONG");

        api.put("api/admin/users/" + user + "/password", "{\"password\":\"a-new-password\"}", admin).expect(204);
        api.list(again.getString("access"), "ALL").expectProblem(401);
        api.login(user, Api.password(user), "LONG").expectProblem(400);
        JsonObject withNewPassword = api.login(user, "a-new-password", "LONG").expect(200).json();

        api.delete("api/admin/users/" + user, admin).expect(204);
        api.list(withNewPassword.getString("access"), "ALL").expectProblem(401);
        api.login(user, "a-new-password", "LONG").expectProblem(400);
        api.delete("api/admin/users/" + user, admin).expectProblem(404);
        api.put("api/admin/users/" + user + "/enabled", "{\"enabled\":\"no\"}", admin).expectProblem(400);
    }
}
