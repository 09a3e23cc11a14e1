/**
 * The audit log: every admin action and session event, written in the transaction of the change it records (or
 * its own, for refusals), paged at GET /api/admin/audit.
 */
package io.multisession.audit;
