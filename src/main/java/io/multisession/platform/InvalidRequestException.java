package io.multisession.platform;

import java.util.Map;

/** The request body is malformed, too large, or a field is missing, unknown, of the wrong type or out of range. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String detail) {
        super(400, detail);
    }

    public InvalidRequestException(String field, String message) {
        super(400, field + ": " + message, Map.of(field, message));
    }
}
