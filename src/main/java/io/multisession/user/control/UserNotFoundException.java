package io.multisession.user.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** No account of the built-in identity store has this name. */
public class UserNotFoundException extends ProblemException {

    public UserNotFoundException() {
        super(ProblemTypes.USER_NOT_FOUND, 404, "User not found.");
    }
}
