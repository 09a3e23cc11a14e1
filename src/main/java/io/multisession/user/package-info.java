/**
 * Accounts and the two admin levels: the built-in identity store, account administration, the privileged-account
 * rule, valid group names, and the first admin from config.
 */
package io.multisession.user;
