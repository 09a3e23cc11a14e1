package io.multisession.platform;

import java.util.Map;

/** The request body is malformed, too large, or a field is missing, unknown, of the wrong type or out of range. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String detail) {
        super(ProblemTypes.INVALID_REQUEST, 400, detail);
    }

    public InvalidRequestException(String field, String message) {
        super(ProblemTypes.INVALID_REQUEST, 400, field + ": " + message, Map.of(field, message));
    }
}
