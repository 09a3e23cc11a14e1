package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The brute-force component over HTTP: locks per user and address, and per address across users. */
@RunAsClient
class BruteForceIT extends ServiceIT {

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

    private Api.Answer loginFrom(String user, String password, String type, String ip) {
        return api.loginFrom(user, password, type, ip, null, null);
    }
}
