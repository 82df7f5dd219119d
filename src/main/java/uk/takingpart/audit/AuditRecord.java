package uk.takingpart.audit;

import java.time.Instant;

/** One entry of the audit trail, as views show it. */
public record AuditRecord(long id, Instant occurredAt, Actor actor, AuditAction action, String recordType, String recordId,
                          String activitySlug, String summary) {
}
