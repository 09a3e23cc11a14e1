package io.multisession.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multisession.bruteforce.control.InvalidCredentialsException;
import io.multisession.bruteforce.control.TooManyLoginAttemptsException;
import io.multisession.session.control.InvalidRefreshTokenException;
import io.multisession.session.control.SessionLimitReachedException;
import io.multisession.session.control.SessionNotFoundException;
import io.multisession.session.control.UnknownSessionTypeException;
import io.multisession.token.control.KeyRotationByConfigException;
import io.multisession.user.control.UserNotFoundException;
import io.multisession.user.control.UsernameTakenException;
import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the mapper answers, checked on the {@link Problem} it decides (no JAX-RS runtime in unit tests). */
class ProblemMapperTest {

    static final String TYPE = "urn:multisession:problem:";

    /** Held here so that the level set below sticks (loggers are weakly referenced). */
    static final Logger MAPPER_LOG = Logger.getLogger(ProblemMapper.class.getName());
    static Level level;

    @BeforeAll
    static void quiet() {
        // the mapper logs unexpected failures with their stack trace, which the tests cause on purpose
        level = MAPPER_LOG.getLevel();
        MAPPER_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restore() {
        MAPPER_LOG.setLevel(level);
    }

    static Problem answer(Throwable thrown) {
        return ProblemMapper.problemFor(thrown);
    }

    record Expected(ProblemException thrown, int status, String type, String title) {
    }

    @Test
    void everyBusinessProblemHasItsStatusTypeAndTitle() {
        List<Expected> cases = List.of(
                new Expected(new InvalidCredentialsException(), 400, "invalid-credentials", "Bad Request"),
                new Expected(new InvalidRefreshTokenException(), 401, "invalid-refresh-token", "Unauthorized"),
                new Expected(new TooManyLoginAttemptsException(Duration.ofSeconds(30)), 429, "too-many-login-attempts",
                        "Too Many Requests"),
                new Expected(new SessionLimitReachedException(), 400, "session-limit-reached", "Bad Request"),
                new Expected(new InvalidRequestException("Request body must be a JSON object."), 400, "invalid-request",
                        "Bad Request"),
                new Expected(new InvalidRequestException("session", "This field is required."), 400,
                        "invalid-request", "Bad Request"),
                new Expected(new UnknownSessionTypeException(List.of("SHORT", "LONG"), true), 400,
                        "unknown-session-type", "Bad Request"),
                new Expected(new SessionNotFoundException(), 404, "session-not-found", "Not Found"),
                new Expected(new SecurityAdminRequiredException(), 403, "security-admin-required", "Forbidden"),
                new Expected(new UserNotFoundException(), 404, "user-not-found", "Not Found"),
                new Expected(new UsernameTakenException("alice"), 409, "username-taken", "Conflict"),
                new Expected(new KeyRotationByConfigException(), 409, "key-rotation-by-config", "Conflict"),
                new Expected(new UnsupportedMediaTypeException("application/x-www-form-urlencoded"), 415,
                        "unsupported-media-type", "Unsupported Media Type"));
        for (Expected expected : cases) {
            Problem problem = answer(expected.thrown());
            String name = expected.thrown().getClass().getSimpleName();
            assertEquals(expected.status(), problem.status(), name);
            assertEquals(TYPE + expected.type(), problem.type(), name);
            assertEquals(expected.title(), problem.title(), name);
            assertEquals(expected.thrown().getMessage(), problem.detail(), name);
            assertEquals(expected.thrown().fieldErrors(), problem.fieldErrors(), name);
            assertEquals(expected.thrown().headers(), problem.headers(), name);
        }
    }

    @Test
    void theDocumentKeepsTheSeedsDetailAndErrors() {
        assertEquals("{\"type\":\"urn:multisession:problem:invalid-request\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"session: This field is required.\","
                        + "\"errors\":{\"session\":[\"This field is required.\"]}}",
                answer(new InvalidRequestException("session", "This field is required.")).body().toString());
        assertEquals("{\"type\":\"urn:multisession:problem:session-limit-reached\",\"title\":\"Bad Request\","
                        + "\"status\":400,\"detail\":\"Reached max number of sessions.\"}",
                answer(new SessionLimitReachedException()).body().toString());
    }

    @Test
    void tooManyLoginAttemptsSaysWhenToRetry() {
        Problem problem = answer(new TooManyLoginAttemptsException(Duration.ofSeconds(42)));

        assertEquals(Map.of("Retry-After", "42"), problem.headers());
    }

    @Test
    void anEjbExceptionGivesTheProblemInside() {
        Problem problem = answer(new EJBException(new SessionNotFoundException()));
        assertEquals(404, problem.status());
        assertEquals(TYPE + "session-not-found", problem.type());
        assertEquals("Session not found.", problem.detail());

        Problem twice = answer(new EJBException(new EJBException(new UsernameTakenException("alice"))));
        assertEquals(409, twice.status());
        assertEquals(TYPE + "username-taken", twice.type());
    }

    @Test
    void aLockTimeoutIsAConcurrentUpdateToRetry() {
        for (Throwable thrown : List.of(new PessimisticLockException(), new LockTimeoutException(),
                new EJBException(new PessimisticLockException()),
                new PersistenceException(new LockTimeoutException()))) {
            Problem problem = answer(thrown);
            assertEquals(409, problem.status(), thrown.toString());
            assertEquals(TYPE + "concurrent-update", problem.type(), thrown.toString());
            assertEquals("Conflict", problem.title());
            assertEquals(Map.of("Retry-After", "1"), problem.headers(), thrown.toString());
        }
    }

    @Test
    void anUnreachableDatabaseIsA503ToRetry() {
        Problem problem = answer(new EJBException(new PersistenceException(
                new SQLTransientConnectionException("Connection refused"))));

        assertEquals(503, problem.status());
        assertEquals(TYPE + "store-unavailable", problem.type());
        assertEquals("Service Unavailable", problem.title());
        assertTrue(Integer.parseInt(problem.headers().get("Retry-After")) > 0, problem.headers().toString());
    }

    @Test
    void aMissingOrBadTokenIs401WithAChallenge() {
        Problem problem = answer(new NotAuthorizedException(new StatusResponse(Status.UNAUTHORIZED)));

        assertEquals(401, problem.status());
        assertEquals(TYPE + "unauthorized", problem.type());
        assertEquals("Unauthorized", problem.title());
        assertEquals("Bearer", problem.headers().get("WWW-Authenticate"));
        assertEquals(Problems.defaultDetail(401), problem.detail());
    }

    @Test
    void aForbiddenAnswerWithoutCallerIsAChallenge() {
        Problem forbidden = Problem.of(403, Problems.defaultDetail(403));

        Problem anonymous = ProblemMapper.withoutCallerNotForbidden(forbidden, false);
        assertEquals(401, anonymous.status());
        assertEquals(TYPE + "unauthorized", anonymous.type());
        assertEquals("Bearer", anonymous.headers().get("WWW-Authenticate"));
        assertEquals(forbidden, ProblemMapper.withoutCallerNotForbidden(forbidden, true));
        Problem notFound = Problem.of(404, Problems.defaultDetail(404));
        assertEquals(notFound, ProblemMapper.withoutCallerNotForbidden(notFound, false));
        Problem crossSite = Problem.of(ProblemTypes.CROSS_SITE_REQUEST, 403, "From another site.");
        assertEquals(crossSite, ProblemMapper.withoutCallerNotForbidden(crossSite, false));
    }

    @Test
    void jaxRsAnswersGetTheTypeOfTheirStatus() {
        Problem notAllowed = answer(new NotAllowedException(StatusResponse.notAllowed("POST", "OPTIONS")));
        assertEquals(TYPE + "method-not-allowed", notAllowed.type());
        assertEquals("POST,OPTIONS", notAllowed.headers().get("Allow"));

        Problem notJson = answer(new NotSupportedException(new StatusResponse(Status.UNSUPPORTED_MEDIA_TYPE)));
        assertEquals(TYPE + "unsupported-media-type", notJson.type());
        assertEquals("Unsupported media type; send application/json.", notJson.detail());

        Map<Status, String> types = Map.of(Status.BAD_REQUEST, "bad-request", Status.FORBIDDEN, "forbidden",
                Status.NOT_FOUND, "not-found", Status.NOT_ACCEPTABLE, "not-acceptable",
                Status.REQUEST_ENTITY_TOO_LARGE, "bad-request", Status.INTERNAL_SERVER_ERROR, "internal-error",
                Status.BAD_GATEWAY, "internal-error");
        types.forEach((status, type) -> {
            Problem problem = answer(new WebApplicationException(new StatusResponse(status)));
            assertEquals(status.getStatusCode(), problem.status(), status.toString());
            assertEquals(TYPE + type, problem.type(), status.toString());
            assertEquals(status.getReasonPhrase(), problem.title(), status.toString());
            assertEquals(Problems.defaultDetail(status.getStatusCode()), problem.detail(), status.toString());
        });
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutTrace() {
        RuntimeException thrown = new IllegalStateException("table multisession_internal is gone");
        Problem problem = answer(thrown);

        assertEquals(500, problem.status());
        assertEquals(TYPE + "internal-error", problem.type());
        assertEquals("Internal Server Error", problem.title());
        assertEquals("Internal error.", problem.detail());
        assertEquals(Map.of(), problem.headers());
        String body = problem.body().toString();
        assertFalse(body.contains("multisession_internal"), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.contains("at io.multisession"), body);
    }

    @Test
    void everyTypeIsAUrnOfOurs() {
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 415, 429, 500, 503)) {
            assertTrue(ProblemTypes.forStatus(status).startsWith(TYPE), String.valueOf(status));
        }
    }
}
