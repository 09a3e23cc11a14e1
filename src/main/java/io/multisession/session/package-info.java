/**
 * Login sessions, the product's core: the six seed endpoints ({@code boundary.SessionResource}), the transactional
 * facade that holds the policy decisions together ({@code boundary.SessionManager}), per-type policies from MP Config
 * ({@code control.SessionPolicies}), expiry and extension arithmetic ({@code control.SessionLifetime}), the limit of
 * active sessions ({@code control.SessionLimit}), refresh-token and session-id generation
 * ({@code control.SecureTokens}) and the in-memory view of revoked sessions that the access-token check consults
 * ({@code control.RevokedSessions}, {@code boundary.AccessTokenFilter}, shared across a cluster by
 * {@code control.SharedRevocations}). Also: device info and last use, single-session mode, login throttling, the
 * admin's view of other users' sessions, token introspection and revocation, and the cleanup job.
 */
package io.multisession.session;
