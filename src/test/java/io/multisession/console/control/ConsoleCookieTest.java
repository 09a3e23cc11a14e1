package io.multisession.console.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleCookieTest {

    @Test
    void theRefreshTokenIsHiddenFromScriptsAndOtherSitesAndLimitedToTheConsolesSessionPaths() {
        assertEquals("multisession_console=abc; Path=/api/console/session; Max-Age=86400; HttpOnly; SameSite=Strict",
                ConsoleCookie.issue("abc", "", Duration.ofDays(1), false));
    }

    @Test
    void overHttpsItIsSecureAndBelowTheContextPath() {
        assertEquals("multisession_console=abc; Path=/sso/api/console/session; Max-Age=60; HttpOnly; SameSite=Strict; "
                + "Secure", ConsoleCookie.issue("abc", "/sso", Duration.ofSeconds(60), true));
    }

    @Test
    void clearingItExpiresItAtOnce() {
        assertEquals("multisession_console=; Path=/api/console/session; Max-Age=0; HttpOnly; SameSite=Strict",
                ConsoleCookie.clear("", false));
        assertEquals(ConsoleCookie.clear("", false), ConsoleCookie.issue("", "", Duration.ofSeconds(-5), false));
    }
}
