package io.multisession.audit.control;

import io.multisession.audit.entity.AuditEventType;
import java.time.Instant;
import java.util.Optional;

/** Which audit events an admin asks for: of one user, of one type, in a time range (from inclusive, to exclusive). */
public record AuditFilter(Optional<String> user, Optional<AuditEventType> type, Optional<Instant> from,
                          Optional<Instant> to) {
}
