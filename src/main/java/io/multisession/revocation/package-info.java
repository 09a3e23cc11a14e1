/**
 * Access tokens die with their session: the in-memory view of ended sessions checked on every request, its reload
 * at start, and the cluster channel that carries revocations to the other instances.
 */
package io.multisession.revocation;
