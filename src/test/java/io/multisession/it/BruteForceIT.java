package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private Api.Answer loginFrom(String user, String password, String type, String ip) {
        return api.loginFrom(user, password, type, ip, null, null);
    }
}
