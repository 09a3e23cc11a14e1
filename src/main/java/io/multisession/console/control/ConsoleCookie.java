package io.multisession.console.control;

import java.time.Duration;

/**
 * The {@code Set-Cookie} header that holds the console's refresh token: {@code HttpOnly} so no script (nor an XSS in
 * one) can read it, {@code SameSite=Strict} so no other site's page makes the browser send it, {@code Path} limited to
 * the console's refresh and logout endpoints so no other request carries it, and {@code Secure} whenever the page was
 * served over HTTPS. It lives as long as the session it refreshes.
 */
public final class ConsoleCookie {

    public static final String NAME = "multisession_console";
    /** Below the context path: {@code …/refresh} and {@code …/logout} are the only requests that carry the cookie. */
    public static final String PATH = "/api/console/session";

    private ConsoleCookie() {
    }

    public static String issue(String refreshToken, String contextPath, Duration lifetime, boolean secure) {
        return header(refreshToken, contextPath, Math.max(0, lifetime.toSeconds()), secure);
    }

    /** Tells the browser to forget the cookie (after sign-out, or when its session has ended). */
    public static String clear(String contextPath, boolean secure) {
        return header("", contextPath, 0, secure);
    }

    private static String header(String value, String contextPath, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + value + "; Path=" + contextPath + PATH + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
