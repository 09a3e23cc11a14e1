package io.multisession.session.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import jakarta.ejb.ApplicationException;

/**
 * The refresh token is unknown, expired, revoked or was presented in a way that ended its session. Does not roll
 * back: when the session was ended for cause (reuse of a rotated token, wrong session type) that must stick.
 */
@ApplicationException(rollback = false)
public class InvalidRefreshTokenException extends ProblemException {

    public InvalidRefreshTokenException() {
        super(ProblemTypes.INVALID_REFRESH_TOKEN, 401, "Token is invalid or expired");
    }
}
