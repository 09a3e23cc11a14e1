package io.multisession.console.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/** The console's cookie names no session it may refresh: the same 401 as any refused refresh, and the cookie goes. */
public class ConsoleSessionEndedException extends ProblemException {

    private final String clearCookie;

    public ConsoleSessionEndedException(String clearCookie) {
        super(ProblemTypes.INVALID_REFRESH_TOKEN, 401, "Token is invalid or expired");
        this.clearCookie = clearCookie;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(HttpHeaders.SET_COOKIE, clearCookie);
    }
}
