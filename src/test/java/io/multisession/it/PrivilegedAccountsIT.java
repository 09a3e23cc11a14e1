package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The two admin levels over HTTP: a plain {@code admin} can neither take over nor create a privileged account (one in
 * {@code admin} or {@code security-admin}); a {@code security-admin} can; the bootstrap admin is both; and group
 * names from any identity store can never split into a privileged group.
 */
@RunAsClient
class PrivilegedAccountsIT extends ServiceIT {

    @Test
    void aPlainAdminCannotTakeOverASecurityAdmin() {
        String target = api.newUser("security-admin");
        JsonObject targetSession = api.session(target, "SHORT");
        String admin = api.session(api.newUser("admin"), "SHORT").getString("access");

        put("api/admin/users/" + target + "/password", "{\"password\":\"taken-over-pw\"}", admin).expectProblem(403);
        api.login(target, "taken-over-pw", "SHORT").expectProblem(400);
        delete("api/admin/users/" + target + "/sessions", admin).expectProblem(403);
        delete("api/admin/users/" + target + "/sessions/" + targetSession.getString("session_id"), admin)
                .expectProblem(403);
        put("api/admin/users/" + target + "/enabled", "{\"enabled\":false}", admin).expectProblem(403);
        delete("api/admin/users/" + target, admin).expectProblem(403);

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
        put("api/admin/users/" + plain + "/password", "{\"password\":\"another-password\"}", admin).expect(204);
    }

    @Test
    void aSecurityAdminManagesPrivilegedAccounts() {
        String securityAdmin = api.session(api.newUser("security-admin"), "SHORT").getString("access");
        String name = "made-admin-" + System.nanoTime();
        api.post("api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\",\"groups\":[\"admin\"]}",
                "Bearer " + securityAdmin).expect(201);
        JsonObject session = api.login(name, "long-enough-pw", "SHORT").expect(200).json();
        assertEquals(Set.of("user", "admin"), groupsOf(session.getString("access")));
        put("api/admin/users/" + name + "/password", "{\"password\":\"a-new-password\"}", securityAdmin).expect(204);
        api.list(session.getString("access"), "ALL").expectProblem(401);
        delete("api/admin/users/" + name, securityAdmin).expect(204);
        api.login(name, "a-new-password", "SHORT").expectProblem(400);
    }

    @Test
    void theBootstrapAdminHoldsBothLevels() {
        Set<String> groups = groupsOf(api.rootAccess());
        assertTrue(groups.containsAll(List.of("admin", "security-admin")), groups.toString());
    }

    @Test
    void groupNamesFromAnIdentityStoreNeverSplitIntoPrivilegedGroups() {
        JsonObject session = api.login(ForeignIdentityStore.USER, ForeignIdentityStore.PASSWORD, "SHORT").expect(200).json();
        String access = session.getString("access");
        assertEquals(Set.of("user", "readers"), groupsOf(access));
        api.send(HttpRequest.newBuilder(api.uri("api/admin/audit")).header("Authorization", "Bearer " + access).GET()
                .build()).expectProblem(403);
        assertEquals(Set.of("user", "readers"), groupsOf(api.refresh(session.getString("refresh"), "SHORT")
                .expect(200).string("access")));
    }

    /** The groups as MP-JWT sees them (a set: the claim's order is not kept). */
    private Set<String> groupsOf(String access) {
        JsonArray groups = api.send(HttpRequest.newBuilder(api.uri("api/session/current"))
                .header("Authorization", "Bearer " + access).GET().build()).expect(200).json().getJsonArray("groups");
        return groups.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    private Api.Answer put(String path, String body, String access) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Api.Answer delete(String path, String access) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + access).DELETE().build());
    }
}
