package uk.takingpart.consultation;

import java.time.Duration;
import java.time.Instant;

/**
 * The consultation rule on time: people get 12 weeks to respond unless there is a reason for a
 * shorter period, which is written down and shown on the consultation's page.
 */
public final class ConsultationPeriod {
    public static final Duration USUAL = Duration.ofDays(7 * 12);

    private ConsultationPeriod() {}

    /** Null when the period is allowed, else the translation key of the problem. */
    public static String problem(Instant opensAt, Instant closesAt, boolean hasShorterPeriodReason) {
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            return "consultation.period.error.dates";
        }
        if (isShort(opensAt, closesAt) && !hasShorterPeriodReason) {
            return "consultation.period.error.reason-required";
        }
        return null;
    }

    /** Shorter than 12 weeks, allowing for the hour a clock change takes away. */
    public static boolean isShort(Instant opensAt, Instant closesAt) {
        return Duration.between(opensAt, closesAt).plusHours(1).compareTo(USUAL) < 0;
    }

    /** Whole weeks from opening to closing, rounded to the nearest week. */
    public static long weeks(Instant opensAt, Instant closesAt) {
        return Math.round(Duration.between(opensAt, closesAt).toHours() / (24.0 * 7));
    }
}
