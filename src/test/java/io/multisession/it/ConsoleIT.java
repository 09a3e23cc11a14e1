package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web console in a real Chromium against the shipped WAR: signing in, the sessions page across two browsers
 * (two devices), the admin's users, user and audit pages, and no page breaking its Content-Security-Policy (the headers
 * themselves are {@link ConsoleApiIT}'s). On failure each browser's screen is saved under
 * {@code target/console-screenshots}.
 */
@RunAsClient
class ConsoleIT extends ServiceIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private ConsolePage console(Browser browser) {
        return new ConsolePage(browser, api.uri("").toString());
    }

    private ConsolePage console() {
        return console(browsers.open());
    }

    @Test
    void twoDevicesSeeEachOtherAndOneSignsTheOtherOut() throws IOException {
        String user = api.newUser();
        ConsolePage laptop = console().signedIn(user, Api.password(user));
        ConsolePage phone = console(browsers.openPhone()).signedIn(user, Api.password(user));

        laptop.awaitSessionCount(2);
        List<WebElement> rows = laptop.sessionRows();
        List<WebElement> current = rows.stream()
                .filter(row -> !row.findElements(By.cssSelector(".badge.this-device")).isEmpty()).toList();
        assertEquals(1, current.size(), "one row is this device");
        assertTrue(current.get(0).getText().contains("This device"));
        WebElement other = rows.stream().filter(row -> !current.contains(row)).findFirst().orElseThrow();
        String phoneSession = other.getAttribute("data-session-id");
        assertTrue(other.getText().contains("Chrome Mobile"), other.getText());
        assertTrue(other.getText().contains("Android"), other.getText());
        assertTrue(other.getText().contains("Short"), other.getText());
        assertEquals("Phone", other.findElement(By.tagName("img")).getAttribute("alt"));

        phone.awaitSessionCount(2);
        assertEquals(phoneSession, phone.browser.find(By.cssSelector("#sessions li.session .badge.this-device"))
                .findElement(By.xpath("ancestor::li[@data-session-id]")).getAttribute("data-session-id"));
        // a 360 px phone screen needs no sideways scrolling
        assertEquals(360L, phone.browser.script("return window.innerWidth"));
        assertTrue((Long) phone.browser.script("return document.documentElement.scrollWidth") <= 360,
                "the sessions page fits a 360 px wide screen");
        phone.browser.screenshot(Browsers.SCREENSHOTS.resolve("sessions-phone.png"));
        laptop.browser.screenshot(Browsers.SCREENSHOTS.resolve("sessions.png"));

        laptop.clickAndConfirm(laptop.row(phoneSession).findElement(By.xpath(".//button[normalize-space()='Sign out']")));
        laptop.awaitSessionCount(1);
        assertEquals(Set.of(), sessionIdsOf(user).stream().filter(phoneSession::equals).collect(Collectors.toSet()),
                "the phone's session has ended on the server");

        // the phone's next API call is refused (its access token died with its session) and it returns to sign-in
        phone.click(By.xpath("//button[normalize-space()='Refresh']"));
        phone.awaitSignInPage();
        assertTrue(phone.signInError().contains("ended"), phone.signInError());
    }

    @Test
    void signOutEverywhereElseKeepsOnlyThisDevice() {
        String user = api.newUser();
        ConsolePage first = console().signedIn(user, Api.password(user));
        JsonObject app = api.session(user, "LONG");
        ConsolePage second = console().signedIn(user, Api.password(user));
        first.awaitSessionCount(3);

        first.clickAndConfirm(first.browser.find(By.id("sign-out-others")));
        first.awaitSessionCount(1);
        assertEquals(1, sessionIdsOf(user).size());
        api.list(app.getString("access"), "ALL").expectProblem(401);
        second.click(By.xpath("//button[normalize-space()='Refresh']"));
        second.awaitSignInPage();

        // and signing out here ends this session too
        first.click(By.id("sign-out"));
        first.awaitSignInPage();
        assertEquals(List.of(), sessionIdsOf(user));
    }

    @Test
    void signInSaysWhatWentWrong() {
        String user = api.newUser();
        ConsolePage page = console().open();
        page.signIn(user, "not-the-password");
        assertEquals("Wrong username or password.", page.signInError());

        // the SHORT type, the console's, tuned to one session that refuses more
        ConfigFiles.write("multisession.policy.SHORT.max-number-active-sessions", "1");
        ConfigFiles.write("multisession.policy.SHORT.destroy-oldest-active-session", "false");
        try {
            api.session(user, "SHORT");
            page.signIn(user, Api.password(user));
            page.browser.waitFor(d -> page.signInError().contains("maximum number of sessions") ? true : null,
                    "the session limit message");
        } finally {
            ConfigFiles.remove("multisession.policy.SHORT.max-number-active-sessions");
            ConfigFiles.remove("multisession.policy.SHORT.destroy-oldest-active-session");
        }

        // brute-force protection (3 failures in the tests' config) locks the user at this address
        String answer = "";
        for (int attempt = 0; attempt < 5 && !answer.startsWith("Too many attempts"); attempt++) {
            page.signIn(user, "wrong-again-" + attempt);
            answer = page.signInError();
        }
        assertTrue(answer.matches("Too many attempts\\. Try again in \\d+ seconds\\."), answer);
    }

    @Test
    void anAdminLogsOutSelectedUsersButNotAPrivilegedOneWithoutSecurityAdmin() {
        String admin = api.newUserNamed("admin-", "admin");
        String prefix = "sel" + Long.toString(System.nanoTime(), 36);
        String plain = api.newUserNamed(prefix + "-plain-");
        String privileged = api.newUserNamed(prefix + "-priv-", "admin");
        api.session(plain, "SHORT");
        api.session(plain, "LONG");
        api.session(privileged, "SHORT");

        ConsolePage page = console().signedIn(admin, Api.password(admin));
        page.go("/admin/users?q=" + prefix, "Users");
        page.browser.waitFor(d -> d.findElements(By.cssSelector("#users tr[data-username]")).size() == 2 ? true : null,
                "the two matching users");
        page.browser.screenshot(Browsers.SCREENSHOTS.resolve("admin-users.png"));
        for (WebElement box : page.browser.all(By.cssSelector("#users input.select-user"))) {
            box.click();
        }
        page.click(By.id("log-out-selected"));
        String result = page.browser.waitFor(d -> {
            String text = d.findElement(By.id("logout-result")).getText();
            return text.contains("Skipped") ? text : null;
        }, "the logout result");
        assertTrue(result.contains(plain + " (2 sessions)"), result);
        assertTrue(result.substring(result.indexOf("Skipped")).contains(privileged), result);

        assertEquals(List.of(), sessionIdsOf(plain));
        assertEquals(1, sessionIdsOf(privileged).size(), "a plain admin cannot log out another admin");
    }

    @Test
    void onAUsersPageAnAdminEndsOneSessionAndDisablesTheAccount() {
        String user = api.newUser();
        JsonObject phone = api.session(user, "SHORT");
        JsonObject laptop = api.session(user, "LONG");
        ConsolePage page = console().signedIn(Api.ROOT_USER, Api.ROOT_PASSWORD);
        page.go("/admin/users/" + user, user);
        By rows = By.cssSelector("#sessions li.session");
        page.browser.waitFor(d -> d.findElements(rows).size() == 2 ? true : null, "the user's two sessions");
        By phoneSignOut = By.xpath("//li[@data-session-id='" + phone.getString("session_id")
                + "']//button[normalize-space()='Sign out']");

        page.click(phoneSignOut);
        page.click(By.xpath("//dialog[@id='confirm']//button[normalize-space()='Cancel']"));
        api.list(phone.getString("access"), "ALL").expect(200);

        page.clickAndConfirm(page.browser.find(phoneSignOut));
        page.browser.waitFor(d -> d.findElements(rows).size() == 1 ? true : null, "one session left");
        api.list(phone.getString("access"), "ALL").expectProblem(401);
        api.list(laptop.getString("access"), "ALL").expect(200);

        page.click(By.xpath("//button[normalize-space()='Disable']"));
        page.browser.waitFor(d -> d.findElements(rows).isEmpty() ? true : null, "no session left");
        assertFalse(api.get("api/admin/users/" + user, api.rootAccess()).expect(200).json().getBoolean("enabled"));
        api.list(laptop.getString("access"), "ALL").expectProblem(401);
        api.login(user, Api.password(user), "SHORT").expectProblem(400);
    }

    @Test
    void theAuditLogFiltersByUserAndEventType() {
        String user = api.newUser();
        api.login(user, "wrong-password", "SHORT").expectProblem(400);
        api.session(user, "SHORT");
        api.session(user, "LONG");

        ConsolePage page = console().signedIn(Api.ROOT_USER, Api.ROOT_PASSWORD);
        page.go("/admin/audit", "Audit log");
        page.browser.find(By.id("audit-user")).sendKeys(user);
        new org.openqa.selenium.support.ui.Select(page.browser.find(By.id("audit-type"))).selectByValue("LOGIN");
        page.click(By.xpath("//button[normalize-space()='Filter']"));
        page.browser.waitFor(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#audit tr.audit-event"));
            return rows.size() == 2 && rows.stream().allMatch(row -> "LOGIN".equals(row.getAttribute("data-type")))
                    ? true : null;
        }, "exactly the user's two logins");
        assertTrue(page.browser.find(By.id("audit")).getText().contains(user));
    }

    @Test
    void noPageOfTheConsoleViolatesItsContentSecurityPolicy() throws IOException {
        // every page of the console, as the top admin sees them: no violation reported
        ConsolePage page = console().signedIn(Api.ROOT_USER, Api.ROOT_PASSWORD);
        // route and heading of every page; the sessions page last, the one measured below
        List<List<String>> pages = List.of(List.of("/admin/users", "Users"),
                List.of("/admin/users/" + Api.ROOT_USER, Api.ROOT_USER), List.of("/admin/audit", "Audit log"),
                List.of("/admin/keys", "Signing keys"), List.of("/sessions", "Your sessions"));
        pages.forEach(route -> page.go(route.get(0), route.get(1)));
        page.browser.find(By.cssSelector("#sessions[aria-busy='false']"));
        List<String> messages = page.browser.consoleMessages();
        assertFalse(messages.stream().anyMatch(message -> message.contains("Content Security Policy")
                || message.contains("Uncaught")), String.join("\n", messages));

        // what the sessions page costs with nothing cached: bytes on the wire and the time until it can be used
        // (written down, not asserted: speed is the benchmarks' business)
        page.browser.driver.executeCdpCommand("Network.enable", Map.of());
        page.browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        page.browser.driver.navigate().refresh();
        page.sessionRows();
        Object interactive = page.browser.waitFor(d -> page.browser.script(
                "const m = performance.getEntriesByName('console-interactive'); return m.length ? m[0].startTime : null"),
                "the console-interactive mark");
        Object bytes = page.browser.script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + e.transferSize, 0)");
        Object requests = page.browser.script("return performance.getEntriesByType('resource').length + 1");
        String metrics = "sessions page, nothing cached: " + bytes + " bytes transferred in " + requests
                + " requests (API calls included), interactive after " + Math.round(((Number) interactive).doubleValue())
                + " ms\n";
        Files.createDirectories(Browsers.SCREENSHOTS);
        Files.writeString(Browsers.SCREENSHOTS.resolve("metrics.txt"), metrics);
        System.out.print(metrics);
    }

    /** The user's active session ids, as the admin API reports them. */
    private List<String> sessionIdsOf(String user) {
        JsonObject groups = api.get("api/admin/users/" + user + "/sessions", api.rootAccess()).expect(200).json();
        return groups.values().stream()
                .flatMap(group -> group.asJsonObject().getJsonArray("Sessions").getValuesAs(JsonObject.class).stream())
                .map(session -> session.getString("session_id"))
                .toList();
    }
}
