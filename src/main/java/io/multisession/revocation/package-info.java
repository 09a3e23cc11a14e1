/**
 * Access tokens die with their session: the in-memory view of ended sessions checked on every request, its reload
 * at start, and the revocation log (and, where present, the JCache channel) that carry revocations between instances.
 */
package io.multisession.revocation;
