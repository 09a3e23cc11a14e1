/**
 * OpenID Connect Back-Channel Logout 1.0, for realm apps in any language: every ended session owes each client with
 * a {@code backchannel_logout_uri} a signed logout token; the owed notices are kept in an outbox in the database,
 * written with the revocation, and delivered with retries and backoff until acknowledged.
 */
package io.multisession.backchannel;
