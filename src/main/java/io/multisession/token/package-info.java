/**
 * Access tokens and their keys: issuing and verifying our JWTs, the signing keys in force and their rotation,
 * their publication to MP-JWT, and the adapter that lets MP-JWT accept the seed's JWT scheme.
 */
package io.multisession.token;
