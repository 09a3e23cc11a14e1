package io.multisession.session.control;

import io.multisession.platform.ProblemException;

/** No active session of the caller has this id (another user's session looks exactly the same). */
public class SessionNotFoundException extends ProblemException {

    public SessionNotFoundException() {
        super(404, "Session not found.");
    }
}
