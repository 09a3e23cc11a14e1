package io.multisession.token.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuthorizationSchemeAdapterTest {

    static String normalise(String header) {
        return AuthorizationSchemeAdapter.BearerSchemeRequest.normalise(header);
    }

    @Test
    void theSeedsJwtSchemeAndAnyBearerCaseBecomeBearer() {
        assertEquals("Bearer abc", normalise("JWT abc"));
        assertEquals("Bearer abc", normalise("jwt  abc"));
        assertEquals("Bearer abc", normalise("bearer abc"));
        assertEquals("Bearer abc", normalise("Bearer abc"));
    }

    @Test
    void otherSchemesAndOddValuesPassUnchanged() {
        assertEquals("Basic cm9vdA==", normalise("Basic cm9vdA=="));
        assertEquals("abc", normalise("abc"));
        assertNull(normalise(null));
    }
}
