package uk.takingpart.audit;

import java.time.Instant;

/**
 * Which audit entries to list. Every part is optional (null means any).
 *
 * @param from         entries at or after this instant
 * @param to           entries before this instant
 * @param actor        a staff username, matched exactly (ignoring case)
 * @param activitySlug the activity the entries belong to
 */
public record AuditFilter(Instant from, Instant to, AuditAction action, String actor, String activitySlug) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        activitySlug = activitySlug == null || activitySlug.isBlank() ? null : activitySlug.strip();
    }
}
