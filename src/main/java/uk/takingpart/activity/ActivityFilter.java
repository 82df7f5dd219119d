package uk.takingpart.activity;

/** What a visitor asked the listing for; a null field means "any". */
public record ActivityFilter(ActivityType type, Topic topic, String area, Audience audience, Period period) {
    public static final ActivityFilter CURRENT = new ActivityFilter(null, null, null, null, Period.CURRENT);

    public ActivityFilter {
        if (period == null) {
            period = Period.CURRENT;
        }
    }
}
