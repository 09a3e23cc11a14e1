package io.multisession.platform;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers: {@code application/problem+json} with a stable {@code type},
 * a human {@code detail}, and never a stack trace. An unreachable database is a 503 with {@code Retry-After};
 * unexpected failures are logged here and answered with a generic 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Meters meters;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** The seed clients' routes, each family with its own error bodies. */
    @Inject
    Instance<RouteFamily> families;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = withoutCallerNotForbidden(problemFor(thrown), security.getUserPrincipal() != null);
        meters.count("multisession_failures", 1,
                Map.of("reason", reason(thrown), "status", String.valueOf(problem.status())));
        String path = RequestPaths.normalised(uri.getPath());
        return families.stream().filter(family -> family.owns(path) && family.enabled()).findFirst()
                .map(family -> family.write(problem))
                .orElseGet(problem::toResponse);
    }

    /**
     * A role check's refusal of a request that carries no credentials is a 401 with a challenge, never a 403: some
     * servers' role checks (RESTEasy's) answer 403 before anyone has authenticated. A 403 with a reason of its own
     * (a cross-site request) stays what it is: credentials would not change it.
     */
    static Problem withoutCallerNotForbidden(Problem problem, boolean hasCaller) {
        if (problem.status() != 403 || hasCaller || !ProblemTypes.FORBIDDEN.equals(problem.type())) {
            return problem;
        }
        return challenge(Problem.of(401, Problems.defaultDetail(401)));
    }

    private static Problem challenge(Problem unauthorized) {
        return unauthorized.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    /** The failure's kind for the metrics: the business exception's name, or the HTTP status class. */
    private static String reason(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        return cause instanceof ProblemException ? cause.getClass().getSimpleName() : "other";
    }

    /**
     * The answer to a failure, decided apart from the metrics so that unit tests need neither a MetricRegistry nor
     * a JAX-RS runtime. Its only side effect is the log line of an unreachable database or an unexpected failure.
     */
    public static Problem problemFor(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ProblemException problem) {
            return new Problem(problem.type(), problem.status(), problem.getMessage(), problem.fieldErrors(),
                    problem.headers());
        }
        if (cause instanceof WebApplicationException web) {
            return fromWebApplicationException(web);
        }
        if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
            return Problem.of(ProblemTypes.CONCURRENT_UPDATE, 409,
                    "Another request on the same sessions is in progress; retry.")
                    .withHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        if (DatabaseUnavailable.isCause(thrown)) {
            LOG.warning(() -> "Database unavailable: " + thrown);
            return Problem.of(ProblemTypes.STORE_UNAVAILABLE, 503, "The session store is unavailable; retry shortly.")
                    .withHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return Problem.of(ProblemTypes.INTERNAL_ERROR, 500, "Internal error.");
    }

    private static Problem fromWebApplicationException(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        Problem problem = Problem.of(status, Problems.defaultDetail(status));
        if (web instanceof NotAuthorizedException) {
            problem = challenge(problem);
        }
        if (web instanceof NotAllowedException) {
            Set<String> allowed = web.getResponse().getAllowedMethods();
            if (allowed != null && !allowed.isEmpty()) {
                problem = problem.withHeader(HttpHeaders.ALLOW, String.join(",", allowed));
            }
        }
        return problem;
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
