package io.multisession.session.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** The user has the maximum number of active sessions of this type and the policy refuses new ones. */
public class SessionLimitReachedException extends ProblemException {

    public SessionLimitReachedException() {
        super(ProblemTypes.SESSION_LIMIT_REACHED, 400, "Reached max number of sessions.");
    }
}
