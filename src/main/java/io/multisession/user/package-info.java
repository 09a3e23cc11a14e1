/**
 * Accounts and how callers prove who they are: the built-in database identity store (PBKDF2 hashes through
 * Jakarta Security's {@code Pbkdf2PasswordHash}), the first admin created from config on an empty database, and the
 * admin endpoint that creates accounts. Session logic never reads accounts directly; it asks Jakarta Security's
 * {@code IdentityStoreHandler}, so a deployer can add an LDAP or custom store beside this one.
 */
package io.multisession.user;
