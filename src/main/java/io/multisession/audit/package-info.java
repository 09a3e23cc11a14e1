/**
 * The audit log: every admin action and every session event (login, failed login, refresh failure, theft detection,
 * revocation) as an append-only table that admins page through at {@code GET /api/admin/audit}.
 */
package io.multisession.audit;
