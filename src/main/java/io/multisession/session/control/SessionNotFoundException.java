package io.multisession.session.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** No active session of the caller has this id (another user's session looks exactly the same). */
public class SessionNotFoundException extends ProblemException {

    public SessionNotFoundException() {
        super(ProblemTypes.SESSION_NOT_FOUND, 404, "Session not found.");
    }
}
