package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void slashesAndMatrixParametersDoNotChangeWhichRouteAPathIs() {
        assertEquals("api/session/login", RequestPaths.normalised("/api/session/login/"));
        assertEquals("auth-token", RequestPaths.normalised("auth-token;x=1/"));
        assertEquals("token/manage/abc", RequestPaths.normalised("/token;a/manage;b=c/abc;d"));
        assertEquals("", RequestPaths.normalised("/"));
    }
}
