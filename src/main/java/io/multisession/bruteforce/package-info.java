/**
 * Brute-force protection of the login: failure counters per user and address and per address, the growing lock,
 * and the one guarded credential check (throttle, identity stores, audit) every login goes through.
 */
package io.multisession.bruteforce;
