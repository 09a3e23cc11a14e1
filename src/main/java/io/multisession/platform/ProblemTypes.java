package io.multisession.platform;

/**
 * The {@code type} of every problem document we answer, documented once here (and as a table in docs/api.md).
 * Clients branch on these, never on {@code detail}: the detail is for people, and keeps its wording only because the
 * seed's clients read it. A published type keeps its meaning; a new kind of problem gets a new name.
 */
public final class ProblemTypes {

    static final String PREFIX = "urn:multisession:problem:";

    // Problems with a reason of their own, each thrown as its own ProblemException.

    /** 400: the username, password or client secret is wrong, or the account is disabled (one answer for all). */
    public static final String INVALID_CREDENTIALS = PREFIX + "invalid-credentials";

    /** 401: the refresh token is unknown, expired or revoked, or using it ended its session (reuse, wrong type). */
    public static final String INVALID_REFRESH_TOKEN = PREFIX + "invalid-refresh-token";

    /** 429: too many failed logins from this address for this user; {@code Retry-After} says when to retry. */
    public static final String TOO_MANY_LOGIN_ATTEMPTS = PREFIX + "too-many-login-attempts";

    /** 400: the user has the maximum number of sessions of this type and the policy refuses new ones. */
    public static final String SESSION_LIMIT_REACHED = PREFIX + "session-limit-reached";

    /**
     * 400: the body is not one JSON object or too large, or a field or parameter is missing, unknown, of the wrong
     * type or out of range; {@code errors} names the field when one is at fault.
     */
    public static final String INVALID_REQUEST = PREFIX + "invalid-request";

    /** 400: the request names a session type that is not configured; {@code errors.session} lists the valid ones. */
    public static final String UNKNOWN_SESSION_TYPE = PREFIX + "unknown-session-type";

    /** 404: no active session of the caller (or, for an admin, of the named user) has this id. */
    public static final String SESSION_NOT_FOUND = PREFIX + "session-not-found";

    /** 403: creating or touching a privileged account (admin or security-admin) needs {@code security-admin}. */
    public static final String SECURITY_ADMIN_REQUIRED = PREFIX + "security-admin-required";

    /** 400: django-token-manager's {@code token/verify/} was given a token that is not, or no longer, valid. */
    public static final String TOKEN_NOT_VALID = PREFIX + "token-not-valid";

    /** 403: a console cookie endpoint was called without the console's header or from another site (CSRF defence). */
    public static final String CROSS_SITE_REQUEST = PREFIX + "cross-site-request";

    /** 404: no account of the built-in identity store has this name. */
    public static final String USER_NOT_FOUND = PREFIX + "user-not-found";

    /** 409: an account with this username exists already. */
    public static final String USERNAME_TAKEN = PREFIX + "username-taken";

    /** 409: the signing key is configured, so it rotates by config, not on request. */
    public static final String KEY_ROTATION_BY_CONFIG = PREFIX + "key-rotation-by-config";

    // Answers decided outside the business code: filters, resources, the mapper and the container.

    /** 401: the access token is valid, but its session has ended (logout, destroy, eviction, an admin). */
    public static final String SESSION_ENDED = PREFIX + "session-ended";

    /** 401: token introspection without valid client credentials (HTTP Basic). */
    public static final String INVALID_CLIENT = PREFIX + "invalid-client";

    /** 400: a refresh token was sent in a header to an endpoint that does not take refresh tokens. */
    public static final String REFRESH_TOKEN_IN_HEADER = PREFIX + "refresh-token-in-header";

    /** 409: another request on the same user's sessions held the lock too long; retry after {@code Retry-After}. */
    public static final String CONCURRENT_UPDATE = PREFIX + "concurrent-update";

    /** 503: the database cannot be reached; retry after {@code Retry-After}. */
    public static final String STORE_UNAVAILABLE = PREFIX + "store-unavailable";

    // Answers that carry no more than their status.

    /** 400, and any other 4xx without a type of its own. */
    public static final String BAD_REQUEST = PREFIX + "bad-request";

    /** 401: no access token, or one that is malformed, expired or not ours. */
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";

    /** 403: the caller lacks the group the endpoint needs. */
    public static final String FORBIDDEN = PREFIX + "forbidden";

    /** 404: no such endpoint or resource. */
    public static final String NOT_FOUND = PREFIX + "not-found";

    /** 405: the endpoint exists, but not for this method; {@code Allow} lists the methods it takes. */
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";

    /** 406: the endpoint cannot answer in a media type the {@code Accept} header allows. */
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";

    /** 415: the body's media type is not one the endpoint reads; {@code detail} names the one to send. */
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";

    /** 500, and any other 5xx without a type of its own: an unexpected failure, logged on the server. */
    public static final String INTERNAL_ERROR = PREFIX + "internal-error";

    private ProblemTypes() {
    }

    /** The type of an answer that says no more than its status; mirrors {@link Problems#defaultDetail(int)}. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
