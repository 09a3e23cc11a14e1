package io.multisession.console.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SameOriginCheckTest {

    static final String HEADER = SameOriginCheck.HEADER_VALUE;

    @Test
    void theConsolesOwnRequestPasses() {
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "http://localhost:8080", "localhost:8080"));
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "https://sso.example.com",
                "sso.example.com"));
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, "same-origin", "https://sso.example.com",
                "sso.example.com:443"));
    }

    @Test
    void withoutTheHeaderARequestIsRefused() {
        CrossSiteRequestException refused = assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(null, "same-origin", "http://localhost:8080", "localhost:8080"));
        assertEquals(403, refused.status());
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require("XMLHttpRequest", null, null, "localhost:8080"));
    }

    @Test
    void anotherSitesPageIsRefusedEvenWithTheHeader() {
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, "cross-site", null, "localhost:8080"));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, "same-site", null, "localhost:8080"));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "https://evil.example", "localhost:8080"));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://localhost:8081", "localhost:8080"));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "null", "localhost:8080"));
        assertThrows(CrossSiteRequestException.class,
                () -> SameOriginCheck.require(HEADER, null, "http://[::1", "localhost:8080"));
    }

    @Test
    void aClientThatSendsNoOriginHeadersIsJudgedByTheCustomHeader() {
        assertDoesNotThrow(() -> SameOriginCheck.require(HEADER, null, null, "localhost:8080"));
    }
}
