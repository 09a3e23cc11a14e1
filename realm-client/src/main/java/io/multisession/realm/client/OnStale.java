package io.multisession.realm.client;

/** What the filter does while the feed is stale ({@code multisession.realm.on-stale}). */
public enum OnStale {
    /** Ask the service about each token (introspection) until the feed is back. */
    INTROSPECT,
    /** Answer 503 with Retry-After. */
    REJECT,
    /** Let tokens through and log a warning: a revoked session's tokens work until they expire. */
    ACCEPT
}
