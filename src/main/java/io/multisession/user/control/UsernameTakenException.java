package io.multisession.user.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** An account with this username exists already. */
public class UsernameTakenException extends ProblemException {

    public UsernameTakenException(String username) {
        super(ProblemTypes.USERNAME_TAKEN, 409, "A user named '" + username + "' exists already.");
    }
}
