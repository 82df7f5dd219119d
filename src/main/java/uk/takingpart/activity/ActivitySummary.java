package uk.takingpart.activity;

import java.time.Instant;
import java.util.Set;

/** One activity as the public listing shows it, in the visitor's language. */
public record ActivitySummary(
        String slug,
        ActivityType type,
        LocalizedText title,
        LocalizedText summary,
        Topic topic,
        LocalizedText area,
        Set<Audience> audiences,
        LadderLevel ladderLevel,
        Stage stage,
        Attendance attendance,
        Instant startsAt,
        Instant endsAt,
        ActivityStatus status,
        EasyRead easyRead) {

    /** The easy-read version: short sentences and a picture with its alternative text. */
    public record EasyRead(LocalizedText text, String image, LocalizedText imageAlt) {}
}
