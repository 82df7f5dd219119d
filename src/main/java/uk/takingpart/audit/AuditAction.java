package uk.takingpart.audit;

import java.util.Locale;

/** What an audit entry records. Translation keys: {@code audit.action.<key>}. */
public enum AuditAction {
    ACTIVITY_CREATED,
    ACTIVITY_EDITED,
    ACTIVITY_PUBLISHED,
    ACTIVITY_UNPUBLISHED,
    BOOKING_MADE,
    BOOKING_CHANGED,
    BOOKING_CANCELLED,
    BOOKING_WAITLISTED,
    BOOKING_PLACE_OFFERED,
    SESSION_CREATED,
    SESSION_EDITED,
    SESSION_CANCELLED,
    ATTENDANCE_MARKED,
    ATTENDEES_EXPORTED,
    RESPONSE_SUBMITTED,
    RESPONSE_VIEWED,
    RESPONSES_EXPORTED,
    RESPONSE_DRAFTS_DELETED,
    RESPONDENT_DETAILS_DELETED,
    THEME_CREATED,
    THEME_RENAMED,
    THEME_MERGED,
    THEME_DELETED,
    ANSWER_TAGGED,
    ANSWER_UNTAGGED,
    QUOTE_PICKED,
    QUOTE_REMOVED,
    EQUALITY_RECORDS_DELETED,
    EQUALITY_REPORT_VIEWED,
    EQUALITY_REPORT_EXPORTED,
    OUTCOME_PUBLISHED,
    FORMAT_REQUESTED,
    FORMAT_REQUEST_ANSWERED,
    STAFF_SIGNED_IN,
    STAFF_SIGN_IN_FAILED,
    STAFF_LOCKED_OUT,
    STAFF_SIGNED_OUT,
    STAFF_ACCOUNT_CREATED,
    STAFF_ROLE_CHANGED,
    STAFF_UNLOCKED,
    STAFF_PASSWORD_CHANGED,
    SETTING_CHANGED,
    AUDIT_VERIFIED,
    AUDIT_EXPORTED;

    /** The lowercase, hyphenated code, e.g. {@code booking-made}. */
    public String key() { return key(name()); }

    // the same rule as activity.CodeKeys, kept here so audit depends on no other feature
    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
