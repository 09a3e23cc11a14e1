/**
 * The realm client: a resource app adds this jar and sets {@code multisession.realm.url},
 * {@code multisession.realm.client-id} and {@code multisession.realm.client-secret}; from then on a request whose
 * MP-JWT token belongs to a revoked session gets 401, checked in memory against the service's revocation feed, which
 * {@link io.multisession.realm.client.RevocationFeedFollower} reads in the background. Jakarta EE and MicroProfile
 * APIs only, so it runs on any server that has them.
 */
package io.multisession.realm.client;
