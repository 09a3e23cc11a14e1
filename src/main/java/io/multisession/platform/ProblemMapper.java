package io.multisession.platform;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The one place where exceptions become HTTP answers: {@code application/problem+json}, a human {@code detail},
 * and never a stack trace. An unreachable database is a 503 with {@code Retry-After}; unexpected failures are logged
 * here and answered with a generic 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    MetricRegistry metrics;

    @Override
    public Response toResponse(Throwable thrown) {
        Response response = answer(thrown);
        metrics.counter("multisession_failures", new Tag("reason", reason(thrown)),
                new Tag("status", String.valueOf(response.getStatus()))).inc();
        return response;
    }

    /** The failure's kind for the metrics: the business exception's name, or the HTTP status class. */
    private static String reason(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        return cause instanceof ProblemException ? cause.getClass().getSimpleName() : "other";
    }

    private Response answer(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ProblemException problem) {
            Response.ResponseBuilder response = Response.fromResponse(
                    Problems.response(problem.type(), problem.status(), problem.getMessage(), problem.fieldErrors()));
            problem.headers().forEach(response::header);
            return response.build();
        }
        if (cause instanceof WebApplicationException web) {
            return fromWebApplicationException(web);
        }
        if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
            return Response.fromResponse(Problems.response(ProblemTypes.CONCURRENT_UPDATE, 409,
                            "Another request on the same sessions is in progress; retry."))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        if (DatabaseUnavailable.isCause(thrown)) {
            LOG.warning(() -> "Database unavailable: " + thrown);
            return Response.fromResponse(Problems.response(ProblemTypes.STORE_UNAVAILABLE, 503,
                            "The session store is unavailable; retry shortly."))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return Problems.response(ProblemTypes.INTERNAL_ERROR, 500, "Internal error.");
    }

    private static Response fromWebApplicationException(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(status, Problems.defaultDetail(status)));
        if (web instanceof NotAuthorizedException) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (web instanceof NotAllowedException) {
            builder.allow(web.getResponse().getAllowedMethods());
        }
        return builder.build();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || isPersistenceWrapper(current)) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isPersistenceWrapper(Throwable thrown) {
        return thrown instanceof jakarta.persistence.PersistenceException
                && !(thrown instanceof PessimisticLockException) && !(thrown instanceof LockTimeoutException);
    }
}
