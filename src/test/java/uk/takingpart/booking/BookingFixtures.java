package uk.takingpart.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data that stands on its own on an empty database: a published "test-" event in a "test-"
 * area, with sessions, and booking requests from people with unique email addresses.
 */
public final class BookingFixtures {
    private final JdbcTemplate jdbc;
    private final EventSessionRepository sessions;

    BookingFixtures(JdbcTemplate jdbc, EventSessionRepository sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** For tests outside this package: sessions are saved through the context's repository. */
    public static BookingFixtures in(org.springframework.context.ApplicationContext context) {
        return new BookingFixtures(context.getBean(JdbcTemplate.class), context.getBean(EventSessionRepository.class));
    }

    /** A session's id; {@code leader} makes it a Time to Listen slot with a named leader. */
    public long sessionId(long activityId, Instant startsAt, int capacity, int limit, String leader) {
        EventSession session = session(activityId, startsAt, capacity, limit);
        if (leader != null) {
            session.schedule(session.getStartsAt(), session.getEndsAt(), session.getMode(), capacity, limit, null, leader, null,
                    EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP), Map.of("en", new EventSessionText("Cowbridge Town Hall", "High Street, Cowbridge", "Director of Education"),
                            "cy", new EventSessionText("Neuadd y Dref y Bont-faen", "Y Stryd Fawr, y Bont-faen", "Cyfarwyddwr Addysg")));
            sessions.save(session);
        }
        return session.getId();
    }

    /** A published event (or Time to Listen activity) with English and Welsh titles; returns its id. */
    public long activity(String type, Instant now) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT IGNORE INTO area (code) VALUES ('test-area')");
        long area = jdbc.queryForObject("SELECT id FROM area WHERE code = 'test-area'", Long.class);
        jdbc.update("INSERT IGNORE INTO area_name (area_id, language, name) VALUES (?, 'en', 'Test area'), (?, 'cy', 'Ardal brawf')", area, area);
        jdbc.update("""
                INSERT INTO activity (slug, type, topic, area_id, ladder_level, attendance, starts_at, ends_at, published_at)
                VALUES (?, ?, 'SEND', ?, 'ENGAGE', 'IN_PERSON', ?, ?, ?)""",
                "test-event-" + suffix, type, area, java.sql.Timestamp.from(now.plus(Duration.ofDays(1))),
                java.sql.Timestamp.from(now.plus(Duration.ofDays(60))), java.sql.Timestamp.from(now.minus(Duration.ofDays(1))));
        long id = jdbc.queryForObject("SELECT id FROM activity WHERE slug = ?", Long.class, "test-event-" + suffix);
        jdbc.update("INSERT INTO activity_text (activity_id, language, title, summary) VALUES (?, 'en', 'Short breaks planning day', 'Summary'), "
                + "(?, 'cy', 'Diwrnod cynllunio seibiannau byr', 'Crynodeb')", id, id);
        return id;
    }

    public String slug(long activityId) {
        return jdbc.queryForObject("SELECT slug FROM activity WHERE id = ?", String.class, activityId);
    }

    EventSession session(long activityId, Instant startsAt, int capacity, int limit) {
        EventSession session = new EventSession(activityId);
        session.schedule(startsAt, startsAt.plus(Duration.ofHours(2)), SessionMode.IN_PERSON, capacity, limit, null, null, null,
                EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP),
                Map.of("en", new EventSessionText("Cowbridge Town Hall", "High Street, Cowbridge", null),
                        "cy", new EventSessionText("Neuadd y Dref y Bont-faen", "Y Stryd Fawr, y Bont-faen", null)));
        return sessions.save(session);
    }

    public static String email() {
        return "booker-" + UUID.randomUUID() + "@bookings.test";
    }

    public static BookingRequest request(long sessionId, int places, String email, Locale language, boolean joinWaitingList) {
        return new BookingRequest(UUID.randomUUID().toString(), sessionId, places, null,
                new Contact("Test Booker", email, null, language, PreferredFormat.STANDARD), Needs.NONE, null, joinWaitingList);
    }

    public void delete(long activityId) {
        jdbc.update("DELETE FROM activity WHERE id = ?", activityId);
    }
}
