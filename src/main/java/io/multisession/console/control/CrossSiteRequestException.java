package io.multisession.console.control;

import io.multisession.platform.ProblemException;
import io.multisession.platform.ProblemTypes;

/** A console cookie endpoint was called without the console's header, or from another site. */
public class CrossSiteRequestException extends ProblemException {

    public CrossSiteRequestException(String detail) {
        super(ProblemTypes.CROSS_SITE_REQUEST, 403, detail);
    }
}
