package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With the embedded H2 file database, sessions, their revocations and the generated signing key survive a restart:
 * an access token from before still works on the very first request, a revoked one stays refused, refresh tokens
 * keep working. An admin named in {@code multisession.bootstrap.top-admin} comes back in both admin groups. Passwords
 * stored as PBKDF2 hashes still work once the server hashes with Argon2id, and are stored again at the next login.
 * A restart with {@code multisession.jwt.algorithm=ES256} moves signing to a P-256 key. Runs on Payara Micro and on
 * WildFly.
 */
class RestartIT {

    @Test
    void sessionsRevocationsAndTheSigningKeySurviveARestart() throws Exception {
        Path workDir = Path.of("target", "restart-it-" + System.nanoTime());
        List<String> properties = List.of(
                "multisession.db.url=jdbc:h2:file:" + workDir.toAbsolutePath().resolve("data/multisession")
                        + ";MODE=LEGACY;LOCK_TIMEOUT=10000",
                Api.ROOT_USER_CONFIG,
                Api.ROOT_PASSWORD_CONFIG,
                "multisession.client-secret=" + Api.SECRET);
        List<String> withPbkdf2 = new ArrayList<>(properties);
        withPbkdf2.add("multisession.password.algorithm=pbkdf2");
        withPbkdf2.add("multisession.password.pbkdf2-iterations=1024");
        JsonObject kept;
        JsonObject revoked;
        JsonObject beforeSwitch;
        String legacyAdmin;
        try (RunningServer server = RunningServer.start(workDir, withPbkdf2)) {
            Api api = new Api(server.url());
            kept = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();
            revoked = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();
            api.destroy(kept.getString("access"), revoked.getString("session_id")).expect(200);
            legacyAdmin = "legacy-admin";
            api.post("api/admin/users", "{\"username\":\"" + legacyAdmin + "\",\"password\":\"" + Api.password(legacyAdmin)
                    + "\",\"groups\":[\"admin\"]}", "Bearer " + kept.getString("access")).expect(201);
            assertEquals(Set.of("user", "admin"), api.groupsOf(api.session(legacyAdmin, "SHORT").getString("access")));
        }
        List<String> withTopAdmin = new ArrayList<>(properties);
        withTopAdmin.add("multisession.bootstrap.top-admin=" + legacyAdmin);
        try (RunningServer server = RunningServer.start(workDir, withTopAdmin)) {
            Api api = new Api(server.url());
            JsonObject list = api.list(kept.getString("access"), "LONG").expect(200).json();
            assertEquals(kept.getString("session_id"), list.getJsonObject("Long").getJsonArray("Sessions")
                    .getJsonObject(0).getString("session_id"));
            assertEquals(1, list.getJsonObject("Long").getJsonArray("Sessions").size());
            api.list(revoked.getString("access"), "LONG").expectProblem(401);
            api.refresh(revoked.getString("refresh"), "LONG").expectProblem(401);
            api.refresh(kept.getString("refresh"), "LONG").expect(200);
            assertEquals(Set.of("user", "admin", "security-admin"),
                    api.groupsOf(api.session(legacyAdmin, "SHORT").getString("access")));
            api.login(legacyAdmin, Api.password(legacyAdmin) + "x", "SHORT").expectProblem(400);
            api.session(legacyAdmin, "SHORT");
            String admin = rootAccess(api, "SHORT");
            List<JsonObject> rehashed = api.get("api/admin/audit?user=" + legacyAdmin + "&type=PASSWORD_REHASHED",
                    admin).expect(200).json().getJsonArray("events").getValuesAs(JsonObject.class);
            assertEquals(1, rehashed.size(), "stored again once, at the first login after the switch: " + rehashed);
            assertTrue(rehashed.get(0).getString("detail").startsWith("argon2id m=7168 KiB, t=5, p=1"),
                    rehashed.get(0).getString("detail"));
            beforeSwitch = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();  // RS256
        }
        List<String> withEs256 = new ArrayList<>(withTopAdmin);
        withEs256.add("multisession.jwt.algorithm=ES256");
        withEs256.add("multisession.jwt.publish-ahead=PT2S");
        try (RunningServer server = RunningServer.start(workDir, withEs256)) {
            Api api = new Api(server.url());
            // SHORT sessions to poll with: a LONG login beyond the type's limit would end the session kept from before
            Await.until(() -> JWSAlgorithm.ES256.equals(algorithmOf(rootAccess(api, "SHORT"))), 30);
            api.list(rootAccess(api, "SHORT"), "ALL").expect(200);
            if (server instanceof WildFlyProcess) {
                // SmallRye verifies the one algorithm read at deployment: RS256 tokens end at the switch (docs)
                api.list(beforeSwitch.getString("access"), "ALL").expectProblem(401);
            } else {
                api.list(beforeSwitch.getString("access"), "ALL").expect(200);
            }
            String renewed = api.refresh(beforeSwitch.getString("refresh"), "LONG").expect(200).string("access");
            assertEquals(JWSAlgorithm.ES256, algorithmOf(renewed));
            api.list(renewed, "ALL").expect(200);
        }
    }

    private static String rootAccess(Api api, String type) {
        return api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, type).expect(200).string("access");
    }

    private static JWSAlgorithm algorithmOf(String token) throws ParseException {
        return SignedJWT.parse(token).getHeader().getAlgorithm();
    }
}
