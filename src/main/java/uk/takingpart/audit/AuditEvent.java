package uk.takingpart.audit;

import java.util.Objects;

/**
 * Something to record: who did what to which record, in plain words. The summary must not hold
 * personal data about members of the public (no names, emails or answers): the trail is kept
 * for good and cannot be edited.
 *
 * @param recordType   what kind of record was touched, e.g. {@code booking}; optional
 * @param recordId     its identifier or reference; optional
 * @param activitySlug the activity it belongs to, for filtering; optional
 * @param summary      what happened; cut to 1000 characters
 */
public record AuditEvent(Actor actor, AuditAction action, String recordType, String recordId, String activitySlug, String summary) {
    static final int MAX_SUMMARY_LENGTH = 1000;
    static final int MAX_RECORD_TYPE_LENGTH = 60;
    static final int MAX_RECORD_ID_LENGTH = 120;
    static final int MAX_ACTIVITY_SLUG_LENGTH = 120;

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs a summary");
        }
        summary = Texts.truncate(Texts.clean(summary), MAX_SUMMARY_LENGTH);
        recordType = Texts.optional(recordType, MAX_RECORD_TYPE_LENGTH, "A record type");
        recordId = Texts.optional(recordId, MAX_RECORD_ID_LENGTH, "A record id");
        activitySlug = Texts.optional(activitySlug, MAX_ACTIVITY_SLUG_LENGTH, "An activity address");
    }
}
