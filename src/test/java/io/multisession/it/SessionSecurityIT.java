package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The session component over HTTP: revocation, rotation and reuse, limits under parallel load, other users'
 * sessions, single-session mode, and every policy flag. Lifetimes in the test policies are seconds, so no test waits longer than that.
 */
@RunAsClient
class SessionSecurityIT extends ServiceIT {

    // ---- revocation is immediate -------------------------------------------------------------------------

    @Test
    void destroyEndsTheSessionsAccessTokensAtOnce() {
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject victim = api.session(user, "LONG");
        api.list(victim.getString("access"), "ALL").expect(200);
        api.destroy(caller.getString("access"), victim.getString("session_id")).expect(200);
        api.list(victim.getString("access"), "ALL").expectProblem(401);
        api.refresh(victim.getString("refresh"), "LONG").expectProblem(401);
        api.destroy(caller.getString("access"), victim.getString("session_id")).expectProblem(404);
        api.list(caller.getString("access"), "ALL").expect(200);
    }

    @Test
    void destroyAllOtherKeepsTheCallingSessionWhateverRefreshItSends() {
        String user = api.newUser();
        JsonObject caller = api.session(user, "LONG");
        JsonObject otherLong = api.session(user, "LONG");
        JsonObject otherShort = api.session(user, "SHORT");
        api.destroyAllOther(caller.getString("access"), "garbage", "LONG").expect(200);
        api.list(otherLong.getString("access"), "ALL").expectProblem(401);
        api.list(otherShort.getString("access"), "ALL").expect(200);
        api.refresh(caller.getString("refresh"), "LONG").expect(200);

        api.destroyAllOther(caller.getString("access"), caller.getString("refresh"), "ALL").expect(200);
        api.list(otherShort.getString("access"), "ALL").expectProblem(401);
        JsonObject left = api.list(caller.getString("access"), "ALL").expect(200).json();
        assertEquals(1, left.getJsonObject("Long").getJsonArray("Sessions").size());
        assertEquals(0, left.getJsonObject("Short").getJsonArray("Sessions").size());
    }

    @Test
    void logoutEndsAccessAndRefreshTokens() {
        String user = api.newUser();
        JsonObject session = api.session(user, "SHORT");
        api.list(session.getString("access"), "ALL").expect(200);
        api.logout(session.getString("refresh")).expect(200);
        api.list(session.getString("access"), "ALL").expectProblem(401);
        api.refresh(session.getString("refresh"), "SHORT").expectProblem(401);
        api.logout(session.getString("refresh")).expectProblem(401);
        api.logout("never-issued").expectProblem(401);
    }

    // ---- other users -------------------------------------------------------------------------------------

    @Test
    void anotherUsersSessionIdIsNotFoundAndUntouched() {
        String alice = api.newUser();
        String mallory = api.newUser();
        JsonObject aliceSession = api.session(alice, "LONG");
        JsonObject mallorySession = api.session(mallory, "LONG");
        api.destroy(mallorySession.getString("access"), aliceSession.getString("session_id")).expectProblem(404);
        api.destroy(mallorySession.getString("access"), "no-such-session").expectProblem(404);
        api.list(aliceSession.getString("access"), "LONG").expect(200);
        JsonArray malloryList = api.list(mallorySession.getString("access"), "ALL").expect(200).json()
                .getJsonObject("Long").getJsonArray("Sessions");
        assertEquals(1, malloryList.size());
        api.refresh(aliceSession.getString("refresh"), "LONG").expect(200);
    }

    // ---- limits ------------------------------------------------------------------------------------------

    @Test
    void destroyOldestEndsTheLeastRecentlyUpdatedSession() {
        String user = api.newUser();
        JsonObject first = api.session(user, "SHORT");
        JsonObject second = api.session(user, "SHORT");
        JsonObject third = api.session(user, "SHORT");
        api.list(first.getString("access"), "SHORT").expectProblem(401);
        api.refresh(first.getString("refresh"), "SHORT").expectProblem(401);
        JsonObject list = api.list(third.getString("access"), "SHORT").expect(200).json();
        assertEquals("0", list.getJsonObject("Short").getString("Available Sessions"));
        assertEquals(List.of(second.getString("session_id"), third.getString("session_id")),
                ids(list.getJsonObject("Short").getJsonArray("Sessions")));
    }

    @Test
    void rejectNewRefusesLoginsOverTheLimit() {
        String user = api.newUser();
        JsonObject first = api.session(user, "REJECTING");
        api.session(user, "REJECTING");
        assertEquals("Reached max number of sessions.",
                api.login(user, Api.password(user), "REJECTING").expectProblem(400).string("detail"));
        api.list(first.getString("access"), "REJECTING").expect(200);
        api.logout(first.getString("refresh")).expect(200);
        api.session(user, "REJECTING");
    }

    @Test
    void parallelLoginsNeverExceedTheLimitWhenRejecting() throws Exception {
        String user = api.newUser();
        List<Api.Answer> answers = Parallel.run(24, () -> api.login(user, Api.password(user), "REJECTING"));
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Api.Answer::status,
                Collectors.counting()));
        assertEquals(Map.of(200, 2L, 400, 22L), byStatus, answers.toString());
        String access = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().string("access");
        assertEquals(2, api.list(access, "REJECTING").expect(200).json().getJsonObject("Rejecting")
                .getJsonArray("Sessions").size());
    }

    @Test
    void aLimitExemptGroupIsNotLimitedWhileOthersAre() throws Exception {
        String staff = api.newUser("staff");
        String plain = api.newUser();
        List<Callable<Api.Answer>> logins = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String user = i % 2 == 0 ? staff : plain;
            logins.add(() -> api.login(user, Api.password(user), "REJECTING"));
        }
        List<Api.Answer> answers = Parallel.runAll(logins);
        long staffIn = 0;
        long plainIn = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 200) {
                if (i % 2 == 0) {
                    staffIn++;
                } else {
                    plainIn++;
                }
            }
        }
        assertEquals(16, staffIn, "staff (exempt) is never limited");
        assertEquals(2, plainIn, "everyone else keeps the limit of 2");
        String access = answers.get(0).string("access");
        JsonObject listed = api.list(access, "REJECTING").expect(200).json().getJsonObject("Rejecting");
        assertEquals("Unlimited", listed.getString("Available Sessions"));
        assertEquals(16, listed.getJsonArray("Sessions").size());
    }

    @Test
    void parallelLoginsNeverExceedTheLimitWhenDestroyingOldest() throws Exception {
        String user = api.newUser();
        List<Api.Answer> answers = Parallel.run(24, () -> api.login(user, Api.password(user), "SHORT"));
        assertTrue(answers.stream().allMatch(a -> a.status() == 200), answers.toString());
        long working = answers.stream().filter(a -> api.list(a.string("access"), "SHORT").status() == 200).count();
        assertEquals(2, working);
        String any = api.session(user, "SHORT").getString("access");
        assertEquals(2, api.list(any, "SHORT").expect(200).json().getJsonObject("Short").getJsonArray("Sessions").size());
    }

    // ---- rotation, reuse, concurrency ----------------------------------------------------------------------

    @Test
    void rotationRetiresTheOldTokenAndReuseEndsTheSession() throws Exception {
        String user = api.newUser();
        JsonObject session = api.session(user, "ROTATING");
        String original = session.getString("refresh");
        JsonObject rotated = api.refresh(original, "ROTATING").expect(200).json();
        String successor = rotated.getString("refresh");
        assertFalse(successor.equals(original));

        JsonObject again = api.refresh(original, "ROTATING").expect(200).json();
        assertEquals(successor, again.getString("refresh"), "inside the grace window the same answer comes back");

        Thread.sleep(2_300);
        api.refresh(original, "ROTATING").expectProblem(401);
        api.refresh(successor, "ROTATING").expectProblem(401);
        api.list(rotated.getString("access"), "ALL").expectProblem(401);
    }

    @Test
    void aTokenRotatedAwaySeveralTimesStillEndsTheSessionWhenUsedAgain() {
        String user = api.newUser();
        String original = api.session(user, "ROTATING").getString("refresh");
        String second = api.refresh(original, "ROTATING").expect(200).string("refresh");
        String third = api.refresh(second, "ROTATING").expect(200).string("refresh");
        JsonObject fourth = api.refresh(third, "ROTATING").expect(200).json();
        api.list(fourth.getString("access"), "ALL").expect(200);

        api.refresh(original, "ROTATING").expectProblem(401);
        api.refresh(fourth.getString("refresh"), "ROTATING").expectProblem(401);
        api.list(fourth.getString("access"), "ALL").expectProblem(401);
    }

    @Test
    void withoutBlacklistReuseIsRefusedButTheSessionLives() throws Exception {
        String user = api.newUser();
        String original = api.session(user, "ROTATING_NOBL").getString("refresh");
        String successor = api.refresh(original, "ROTATING_NOBL").expect(200).string("refresh");
        Thread.sleep(2_300);
        api.refresh(original, "ROTATING_NOBL").expectProblem(401);
        String third = api.refresh(successor, "ROTATING_NOBL").expect(200).string("refresh");
        assertFalse(third.equals(successor));
    }

    @Test
    void concurrentRefreshesOfOneTokenMintOneSuccessor() throws Exception {
        String user = api.newUser();
        String original = api.session(user, "ROTATING").getString("refresh");
        List<Api.Answer> answers = Parallel.run(16, () -> api.refresh(original, "ROTATING"));
        assertTrue(answers.stream().allMatch(a -> a.status() == 200), answers.toString());
        List<String> successors = answers.stream().map(a -> a.string("refresh")).distinct().toList();
        assertEquals(1, successors.size(), successors.toString());
        api.refresh(successors.get(0), "ROTATING").expect(200);
    }

    @Test
    void refreshNamingAnotherTypeDestroysTheSession() {
        String user = api.newUser();
        JsonObject session = api.session(user, "LONG");
        api.refresh(session.getString("refresh"), "SHORT").expectProblem(401);
        api.refresh(session.getString("refresh"), "LONG").expectProblem(401);
        api.list(session.getString("access"), "ALL").expectProblem(401);
    }

    // ---- lifetimes, extension, last update ----------------------------------------------------------------

    @Test
    void everyRefreshExtendsUpToTheMaximumLifetime() throws Exception {
        String user = api.newUser();
        JsonObject session = api.session(user, "EXTENDING");
        JsonObject before = onlySession(session.getString("access"), "Extending");
        Thread.sleep(1_100);
        String access = api.refresh(session.getString("refresh"), "EXTENDING").expect(200).string("access");
        JsonObject extended = onlySession(access, "Extending");
        assertTrue(instant(extended, "expires_at").isAfter(instant(before, "expires_at")), extended.toString());

        Thread.sleep(3_000);
        access = api.refresh(session.getString("refresh"), "EXTENDING").expect(200).string("access");
        JsonObject capped = onlySession(access, "Extending");
        assertEquals(instant(capped, "created_at").plus(Duration.ofHours(1).plusSeconds(3)), instant(capped, "expires_at"));
    }

    @Test
    void extendOnceAfterEachIntervalAndUpdateLastLogin() throws Exception {
        String user = api.newUser();
        JsonObject session = api.session(user, "EXTEND_ONCE");
        JsonObject before = onlySession(session.getString("access"), "Extend_once");
        Thread.sleep(1_100);
        String access = api.refresh(session.getString("refresh"), "EXTEND_ONCE").expect(200).string("access");
        JsonObject notYet = onlySession(access, "Extend_once");
        assertEquals(before.getString("expires_at"), notYet.getString("expires_at"));
        assertTrue(instant(notYet, "last_update").isAfter(instant(before, "last_update")));

        Thread.sleep(1_100);
        access = api.refresh(session.getString("refresh"), "EXTEND_ONCE").expect(200).string("access");
        JsonObject extended = onlySession(access, "Extend_once");
        assertTrue(instant(extended, "expires_at").isAfter(instant(before, "expires_at")), extended.toString());
    }

    @Test
    void lastUpdateMovesOnlyWhenThePolicySaysSo() throws Exception {
        String user = api.newUser();
        JsonObject longSession = api.session(user, "LONG");
        JsonObject before = onlySession(longSession.getString("access"), "Long");
        Thread.sleep(1_100);
        String access = api.refresh(longSession.getString("refresh"), "LONG").expect(200).string("access");
        assertEquals(before.getString("last_update"), onlySession(access, "Long").getString("last_update"));
    }

    @Test
    void sessionsEndAtTheirLifetime() throws Exception {
        String user = api.newUser();
        JsonObject brief = api.session(user, "BRIEF");
        assertTrue(brief.getInt("expires_in") <= 2, brief.toString());
        JsonObject observer = api.session(user, "LONG");
        // used once while valid, so that the verified token is remembered: the memory must end with the token
        api.list(brief.getString("access"), "ALL").expect(200);
        Thread.sleep(2_500);
        api.refresh(brief.getString("refresh"), "BRIEF").expectProblem(401);
        api.list(brief.getString("access"), "ALL").expectProblem(401);
        assertEquals(0, api.list(observer.getString("access"), "BRIEF").expect(200).json().getJsonObject("Brief")
                .getJsonArray("Sessions").size());
    }

    // ---- single-session mode, logout everywhere -----------------------------------------------------------

    @Test
    void aDeployersRuleKeepsOneSessionPerTypeForItsUsers() {
        String solo = api.newUserNamed("solo-");
        JsonObject first = api.session(solo, "LONG");
        JsonObject other = api.session(solo, "SHORT");
        JsonObject second = api.session(solo, "LONG");
        api.list(first.getString("access"), "ALL").expectProblem(401);
        api.list(other.getString("access"), "ALL").expect(200);
        assertEquals(1, api.list(second.getString("access"), "LONG").expect(200).json().getJsonObject("Long")
                .getJsonArray("Sessions").size());
    }

    @Test
    void configuredSingleSessionModeByGroupAndLogoutEverywhere() throws Exception {
        ConfigFiles.write("multisession.single-session.groups", "kiosk");
        ConfigFiles.write("multisession.single-session.mode", "all-types");
        String kiosk = api.newUser("kiosk");
        String normal = api.newUser();
        try {
            JsonObject old = api.session(kiosk, "SHORT");
            Thread.sleep(1_200);
            JsonObject newer = api.session(kiosk, "LONG");
            api.list(old.getString("access"), "ALL").expectProblem(401);
            api.list(newer.getString("access"), "ALL").expect(200);
            JsonObject a = api.session(normal, "SHORT");
            api.session(normal, "LONG");
            api.list(a.getString("access"), "ALL").expect(200);
        } finally {
            ConfigFiles.remove("multisession.single-session.mode");
            ConfigFiles.remove("multisession.single-session.groups");
        }

        ConfigFiles.write("multisession.logout.all-sessions", "true");
        try {
            String user = api.newUser();
            JsonObject one = api.session(user, "SHORT");
            JsonObject two = api.session(user, "LONG");
            api.logout(one.getString("refresh")).expect(200);
            api.list(two.getString("access"), "ALL").expectProblem(401);
        } finally {
            ConfigFiles.remove("multisession.logout.all-sessions");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private JsonObject onlySession(String access, String caption) {
        JsonArray sessions = api.list(access, "ALL").expect(200).json().getJsonObject(caption).getJsonArray("Sessions");
        assertEquals(1, sessions.size(), sessions.toString());
        return sessions.getJsonObject(0);
    }

    private static Instant instant(JsonObject session, String field) {
        return Instant.parse(session.getString(field));
    }

    private static List<String> ids(JsonArray sessions) {
        return sessions.getValuesAs(JsonObject.class).stream().map(s -> s.getString("session_id")).toList();
    }
}
