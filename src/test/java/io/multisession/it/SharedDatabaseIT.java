package io.multisession.it;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database and no cluster at all (no shared cache): a session ended on either is
 * refused on the other within the revocation log's poll interval, still with no query per request. Runs on Payara
 * Micro and on WildFly.
 */
class SharedDatabaseIT {

    @Test
    void instancesSharingTheDatabaseRefuseEachOthersRevokedSessions() throws Exception {
        Path work = Path.of("target", "shared-database-it-" + System.nanoTime());
        try (PostgresServer database = PostgresServer.start()) {
            List<String> properties = new ArrayList<>(database.serviceProperties());
            properties.addAll(List.of(Api.ROOT_USER_CONFIG, Api.ROOT_PASSWORD_CONFIG));
            try (RunningServer first = RunningServer.start(work.resolve("a"), properties,
                         Deployments.shippedWarWithTestPoliciesFile());
                 RunningServer second = RunningServer.start(work.resolve("b"), properties,
                         Deployments.shippedWarWithTestPoliciesFile())) {
                Api a = new Api(first.url());
                Api b = new Api(second.url());
                String user = a.newUser();
                JsonObject endedOnA = a.session(user, "LONG");
                JsonObject endedOnB = a.session(user, "LONG");
                JsonObject caller = a.session(user, "LONG");
                b.list(endedOnA.getString("access"), "ALL").expect(200);
                b.list(endedOnB.getString("access"), "ALL").expect(200);
                a.list(endedOnB.getString("access"), "ALL").expect(200);

                a.destroy(caller.getString("access"), endedOnA.getString("session_id")).expect(200);
                b.destroy(caller.getString("access"), endedOnB.getString("session_id")).expect(200);
                Await.until(() -> b.list(endedOnA.getString("access"), "ALL").status() == 401, 5);
                Await.until(() -> a.list(endedOnB.getString("access"), "ALL").status() == 401, 5);
                b.list(caller.getString("access"), "ALL").expect(200);
            }
        }
    }
}
