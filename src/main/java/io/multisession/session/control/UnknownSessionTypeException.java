package io.multisession.session.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request names a session type that is not configured. */
public class UnknownSessionTypeException extends ProblemException {

    public UnknownSessionTypeException(List<String> types, boolean allAllowed) {
        super(ProblemTypes.UNKNOWN_SESSION_TYPE, 400, message(types, allAllowed),
                Map.of("session", message(types, allAllowed)));
    }

    private static String message(List<String> types, boolean allAllowed) {
        List<String> options = new ArrayList<>(types);
        if (allAllowed) {
            options.add("ALL");
        }
        return "Invalid Session Type. Valid options: " + options;
    }
}
