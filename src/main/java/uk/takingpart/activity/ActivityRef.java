package uk.takingpart.activity;

import java.time.Instant;

/**
 * An activity as other features (bookings, emails) refer to it: its id and address, its kind,
 * its title and area in one language, and whether the public can see it.
 */
public record ActivityRef(long id, String slug, ActivityType type, LocalizedText title, String areaCode,
                          LocalizedText area, Instant publishedAt, boolean published) {}
