package io.multisession.console.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameOriginCheckTest {

    static final String HEADER = SameOriginCheck.HEADER_VALUE;

    @Test
    void theConsolesOwnRequestPasses() {
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "http://localhost:8080",
                List.of("localhost:8080")));
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "https://sso.example.com",
                List.of("sso.example.com")));
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "https://SSO.example.com",
                List.of("sso.example.com:443")));
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "http://[::1]:8080",
                List.of("[::1]:8080")));
    }

    @Test
    void withoutTheHeaderARequestIsRefused() {
        CrossSiteRequestException refused = assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(null, "same-origin", "http://localhost:8080",
                        List.of("localhost:8080")));
        assertEquals(403, refused.status());
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require("XMLHttpRequest", null, null, List.of("localhost:8080")));
    }

    @Test
    void anotherSitesPageIsRefusedEvenWithTheHeader() {
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, "cross-site", null, List.of("localhost:8080")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, "same-site", null, List.of("localhost:8080")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "https://evil.example", List.of("localhost:8080")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://localhost:8081", List.of("localhost:8080")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "null", List.of("localhost:8080")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://[::1", List.of("localhost:8080")));
    }

    @Test
    void theDefaultPortInTheHostHeaderComparesHostNamesToo() {
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "https://evil.example", List.of("sso.example.com:443")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://evil.example", List.of("sso.example.com:80")));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://sso.example.com", List.of("sso.example.com:443")));
    }

    @Test
    void behindAProxyThatRewritesHostTheForwardedHostCounts() {
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "https://sso.example.com",
                Arrays.asList("multisession:8080", "sso.example.com")));
        assertThrows(CrossSiteRequestException.class, () -> SameOriginCheck.require(HEADER, null,
                "https://evil.example", Arrays.asList("multisession:8080", null)));
    }

    @Test
    void aClientThatSendsNoOriginHeadersIsJudgedByTheCustomHeader() {
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, null, null, List.of("localhost:8080")));
    }
}
