package io.multisession.bruteforce.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import java.time.Duration;
import java.util.Map;

/** Too many failed logins from this address (for this user); the password was not checked. */
public class TooManyLoginAttemptsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyLoginAttemptsException(Duration wait) {
        super(ProblemTypes.TOO_MANY_LOGIN_ATTEMPTS, 429,
                "Too many failed logins; try again in " + Math.max(1, wait.toSeconds()) + " s.");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
