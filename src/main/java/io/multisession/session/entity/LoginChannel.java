package io.multisession.session.entity;

/**
 * Through which door a session came in. The JSON API's clients present the client secret; the web console and the
 * seed clients' compatibility routes cannot (a browser cannot hide one, and those seeds had none), so each of them
 * refreshes and ends only the sessions that came in through it, and their routes are no way around the secret for
 * anyone else's sessions.
 */
public enum LoginChannel {
    /** The seed's JSON endpoints and OAuth: the client secret applies. */
    API,
    /** The web console's cookie endpoints. */
    CONSOLE,
    /** drf-jwt-devices' routes: the permanent token. */
    JWT_DEVICES,
    /** django-token-manager's routes. */
    TOKEN_MANAGER
}
