package io.multisession.tokenmanager.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;
import java.util.Map;

/** A delete list names a token that does not exist (or ended), as DRF's primary-key field reported it. */
public class UnknownTokenException extends ProblemException {

    public UnknownTokenException(String id) {
        super(ProblemTypes.SESSION_NOT_FOUND, 404, "Unknown token " + id + ".",
                Map.of("id_list", "Invalid pk \"" + id + "\" - object does not exist."));
    }
}
