package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the embedded H2 file database, sessions, their revocations and the generated signing key survive a restart:
 * an access token from before still works, a revoked one stays refused, refresh tokens keep working.
 */
class RestartIT {

    @Test
    void sessionsRevocationsAndTheSigningKeySurviveARestart() throws Exception {
        Path workDir = Path.of("target", "restart-it-" + System.nanoTime());
        List<String> properties = List.of(
                "multisession.db.url=jdbc:h2:file:" + workDir.toAbsolutePath().resolve("data/multisession")
                        + ";MODE=LEGACY;LOCK_TIMEOUT=10000",
                "multisession.bootstrap.admin.username=" + Api.ROOT_USER,
                "multisession.bootstrap.admin.password=" + Api.ROOT_PASSWORD,
                "multisession.client-secret=" + Api.SECRET,
                "multisession.password.pbkdf2-iterations=1024");
        JsonObject kept;
        JsonObject revoked;
        try (PayaraMicroProcess server = PayaraMicroProcess.start(workDir, properties)) {
            Api api = new Api(server.url());
            kept = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();
            revoked = api.login(Api.ROOT_USER, Api.ROOT_PASSWORD, "LONG").expect(200).json();
            api.destroy(kept.getString("access"), revoked.getString("session_id")).expect(200);
        }
        try (PayaraMicroProcess server = PayaraMicroProcess.start(workDir, properties)) {
            Api api = new Api(server.url());
            JsonObject list = api.list(kept.getString("access"), "LONG").expect(200).json();
            assertEquals(kept.getString("session_id"), list.getJsonObject("Long").getJsonArray("Sessions")
                    .getJsonObject(0).getString("session_id"));
            assertEquals(1, list.getJsonObject("Long").getJsonArray("Sessions").size());
            api.list(revoked.getString("access"), "LONG").expectProblem(401);
            api.refresh(revoked.getString("refresh"), "LONG").expectProblem(401);
            api.refresh(kept.getString("refresh"), "LONG").expect(200);
        }
    }
}
