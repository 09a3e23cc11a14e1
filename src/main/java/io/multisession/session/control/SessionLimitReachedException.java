package io.multisession.session.control;

import io.multisession.platform.ProblemException;

/** The user has the maximum number of active sessions of this type and the policy refuses new ones. */
public class SessionLimitReachedException extends ProblemException {

    public SessionLimitReachedException() {
        super(400, "Reached max number of sessions.");
    }
}
