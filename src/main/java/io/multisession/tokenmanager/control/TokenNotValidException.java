package io.multisession.tokenmanager.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** django-token-manager's verify was given a token that is not, or no longer, valid. */
public class TokenNotValidException extends ProblemException {

    public TokenNotValidException() {
        super(ProblemTypes.TOKEN_NOT_VALID, 400, "Token is not valid anymore!");
    }
}
