package io.multisession.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The console's server side over HTTP, on both servers: its files and their security headers, and its cookie
 * sign-in, refresh and sign-out with their cross-site defences. The pages themselves are {@link ConsoleIT}'s.
 */
@RunAsClient
class ConsoleApiIT extends ServiceIT {

    static final String CONSOLE_HEADER = "multisession-console";

    @Test
    void theRootLeadsToTheConsoleWhoseFilesCarryAStrictPolicy() {
        Api.Answer root = get("");
        assertTrue(root.status() == 302 || root.status() == 303, "a redirect, not " + root.status());
        assertTrue(root.raw().headers().firstValue("Location").orElse("").endsWith("/ui/"));
        for (String path : List.of("ui/", "ui/app.js", "ui/console.css", "ui/icons/phone.svg")) {
            Api.Answer file = get(path).expect(200);
            String policy = file.raw().headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")) {
                assertTrue(policy.contains(directive), path + ": " + directive + " in " + policy);
            }
            assertEquals("nosniff", file.raw().headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", file.raw().headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        assertEquals("text/html", get("ui/").contentType());
        assertEquals("text/javascript", get("ui/app.js").contentType());
        String etag = get("ui/app.js").raw().headers().firstValue("ETag").orElseThrow();
        assertEquals(304, api.send(HttpRequest.newBuilder(api.uri("ui/app.js")).header("If-None-Match", etag)
                .GET().build()).status());
        for (String hostile : List.of("ui/nothing.js", "ui/%2e%2e/WEB-INF/web.xml", "ui/WEB-INF/web.xml",
                "ui/app.js%00.png", "ui/" + "a".repeat(5000) + ".js")) {
            Api.Answer refused = get(hostile);
            assertTrue(refused.status() == 404 || refused.status() == 400, hostile + ": " + refused.status());
            assertFalse(refused.text().contains("<web-app"), hostile);
        }
    }

    @Test
    void theRefreshTokenLivesOnlyInAnHttpOnlyStrictCookieOfTheConsolesSessionPaths() {
        String user = api.newUser();
        Api.Answer login = console("login", credentials(user), null).expect(200);
        JsonObject tokens = login.json();
        assertFalse(tokens.containsKey("refresh"), "no refresh token in the body: " + tokens);
        assertEquals(user, tokens.getString("username"));
        String cookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("multisession_console="), cookie);
        for (String attribute : List.of("HttpOnly", "SameSite=Strict", "Path=" + api.uri("").getPath()
                + "api/console/session;")) {
            assertTrue(cookie.contains(attribute), attribute + " in " + cookie);
        }
        assertTrue(cookie.matches(".*; Max-Age=[1-9][0-9]*;.*"), "lives as long as its session: " + cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
        String refreshCookie = cookie.substring(0, cookie.indexOf(';'));

        // an ordinary session of the console's type, listed with the others
        JsonObject listed = api.list(tokens.getString("access"), "ALL").expect(200).json()
                .getJsonObject("Short").getJsonArray("Sessions").getJsonObject(0);
        assertEquals(tokens.getString("session_id"), listed.getString("session_id"));
        assertEquals("Web console", listed.getString("session_info"));

        JsonObject refreshed = console("session/refresh", null, refreshCookie).expect(200).json();
        assertEquals(tokens.getString("session_id"), refreshed.getString("session_id"));
        api.get("api/session/current", refreshed.getString("access")).expect(200);

        Api.Answer logout = console("session/logout", null, refreshCookie).expect(204);
        assertTrue(logout.raw().headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"));
        api.get("api/session/current", refreshed.getString("access")).expectProblem(401);
        Api.Answer stale = console("session/refresh", null, refreshCookie).expectProblem(401);
        assertTrue(stale.raw().headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"),
                "a dead cookie is cleared");
        console("session/logout", null, refreshCookie).expect(204);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() {
        String user = api.newUser();
        Api.Answer login = api.send(HttpRequest.newBuilder(api.uri("api/console/login"))
                .header("Content-Type", "application/json").header("X-Requested-With", CONSOLE_HEADER)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "sso.example.com")
                .header("Origin", "https://sso.example.com")
                .POST(HttpRequest.BodyPublishers.ofString(credentials(user))).build()).expect(200);
        assertTrue(login.raw().headers().firstValue("Set-Cookie").orElse("").endsWith("; Secure"));
    }

    @Test
    void theCookieEndpointsTakeOnlyTheConsolesOwnSessionsAndASecondSignInEndsTheFirst() {
        String user = api.newUser();
        JsonObject app = api.session(user, "SHORT");
        String appCookie = "multisession_console=" + app.getString("refresh");
        console("session/refresh", null, appCookie).expectProblem(401);
        console("session/logout", null, appCookie).expect(204);
        api.refresh(app.getString("refresh"), "SHORT").expect(200);

        String first = cookieOf(console("login", credentials(user), null).expect(200));
        String second = cookieOf(console("login", credentials(user), first).expect(200));
        console("session/refresh", null, first).expectProblem(401);
        console("session/refresh", null, second).expect(200);
    }

    @Test
    void crossSiteRequestsAreRefusedBeforeAnythingHappens() {
        String user = api.newUser();
        String body = credentials(user);
        assertEquals("urn:multisession:problem:cross-site-request",
                send("login", body, null, null, null).expectProblem(403).string("type"));
        send("login", body, "XMLHttpRequest", null, null).expectProblem(403);
        send("login", body, CONSOLE_HEADER, "https://evil.example", null).expectProblem(403);
        send("login", body, CONSOLE_HEADER, null, "cross-site").expectProblem(403);
        assertEquals(0, api.get("api/admin/users/" + user + "/sessions", api.rootAccess()).expect(200).json()
                .getJsonObject("Short").getJsonArray("Sessions").size(), "no session was created");

        String cookie = "multisession_console=" + console("login", body, null).expect(200).raw().headers()
                .firstValue("Set-Cookie").orElseThrow().split("[=;]")[1];
        send("session/refresh", null, null, null, null, cookie).expectProblem(403);
        send("session/logout", null, CONSOLE_HEADER, "https://evil.example", null, cookie).expectProblem(403);
        console("session/refresh", null, cookie).expect(200);
    }

    @Test
    void badInputGetsAProblemAndChangesNothing() {
        String user = api.newUser();
        console("login", "{\"username\":", null).expectProblem(400);
        console("login", "{\"username\":\"" + user + "\"}", null).expectProblem(400);
        console("login", "{\"username\":\"" + user + "\",\"password\":\"x\",\"session\":\"LONG\"}", null)
                .expectProblem(400);
        console("login", "{\"username\":\"" + "x".repeat(20_000) + "\",\"password\":\"p\"}", null).expectProblem(400);
        assertEquals("urn:multisession:problem:invalid-credentials",
                console("login", "{\"username\":\"" + user + "\",\"password\":\"wrong\"}", null).expectProblem(400)
                        .string("type"));
        api.send(HttpRequest.newBuilder(api.uri("api/console/login")).header("Content-Type", "text/plain")
                .header("X-Requested-With", CONSOLE_HEADER).POST(HttpRequest.BodyPublishers.ofString(credentials(user)))
                .build()).expectProblem(415);
        console("session/refresh", null, null).expectProblem(401);
        console("session/refresh", null, "multisession_console=" + "A".repeat(5000)).expectProblem(401);
        console("session/refresh", null, "multisession_console=not-a-token").expectProblem(401);
        console("session/logout", null, null).expect(204);
        assertEquals(0, api.get("api/admin/users/" + user + "/sessions", api.rootAccess()).expect(200).json()
                .getJsonObject("Short").getJsonArray("Sessions").size());
    }

    private static String cookieOf(Api.Answer login) {
        String cookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String credentials(String user) {
        return Json.createObjectBuilder().add("username", user).add("password", Api.password(user)).build().toString();
    }

    private Api.Answer get(String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).GET().build());
    }

    /** A call as the console's own page makes it. */
    private Api.Answer console(String path, String body, String cookie) {
        return send(path, body, CONSOLE_HEADER, null, "same-origin", cookie);
    }

    private Api.Answer send(String path, String body, String requestedWith, String origin, String fetchSite) {
        return send(path, body, requestedWith, origin, fetchSite, null);
    }

    private Api.Answer send(String path, String body, String requestedWith, String origin, String fetchSite,
                            String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("api/console/" + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (requestedWith != null) {
            request.header("X-Requested-With", requestedWith);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return api.send(request.build());
    }
}
