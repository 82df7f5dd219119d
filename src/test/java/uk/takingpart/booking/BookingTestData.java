package uk.takingpart.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import uk.takingpart.activity.Audience;

/**
 * Activities, sessions and bookings for tests that must pass on an empty database: an area and a
 * published activity made with SQL (slugs start with "test-"), removed again by {@link #cleanUp()}
 * together with everything hanging off them.
 */
public class BookingTestData {
    private final JdbcTemplate jdbc;
    private final BookingService bookings;
    private final Clock clock;
    private final List<String> slugs = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();

    public BookingTestData(JdbcTemplate jdbc, BookingService bookings, Clock clock) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** A published event ("EVENT" or "TIME_TO_LISTEN") with English and Welsh titles; returns its slug. */
    public String activity(String type) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO area (code) VALUES (?)", code);
        long area = jdbc.queryForObject("SELECT id FROM area WHERE code = ?", Long.class, code);
        jdbc.update("INSERT INTO area_name (area_id, language, name) VALUES (?, 'en', 'Testshire'), (?, 'cy', 'Sir Brawf')", area, area);
        jdbc.update("INSERT INTO activity (slug, type, topic, area_id, ladder_level, starts_at, ends_at, published_at) "
                        + "VALUES (?, ?, 'MENTAL_HEALTH', ?, 'ENGAGE', ?, ?, ?)", slug, type, area,
                Timestamp.from(now.plus(Duration.ofDays(10))), Timestamp.from(now.plus(Duration.ofDays(40))),
                Timestamp.from(now.minus(Duration.ofDays(1))));
        long id = jdbc.queryForObject("SELECT id FROM activity WHERE slug = ?", Long.class, slug);
        jdbc.update("INSERT INTO activity_text (activity_id, language, title, summary) VALUES (?, 'en', 'Test listening evening', 'A test.'), "
                + "(?, 'cy', 'Noson wrando prawf', 'Prawf.')", id, id);
        slugs.add(slug);
        areas.add(code);
        return slug;
    }

    /** A form for an in-person session in a week's time, with both languages filled in. */
    public BookingAdministration.SessionForm inPerson(int capacity, int limit) {
        Instant starts = clock.instant().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        return new BookingAdministration.SessionForm(starts, starts.plus(Duration.ofHours(2)), SessionMode.IN_PERSON, capacity, limit,
                Audience.PARENT_CARERS, "Sam Jones", null, Set.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP),
                Map.of("en", new BookingAdministration.SessionText("Town Hall", "1 High Street, Cardiff", "Engagement officer"),
                        "cy", new BookingAdministration.SessionText("Neuadd y Dref", "1 Stryd Fawr, Caerdydd", "Swyddog ymgysylltu")));
    }

    /** Books as a member of the public would; returns the result. */
    public BookingResult book(long sessionId, String name, String email, int places, boolean waitingList, Needs needs) {
        return bookings.book(new BookingRequest(UUID.randomUUID().toString(), sessionId, places, BookerRole.PARENT_CARER,
                new Contact(name, email, email == null ? "07700 900123" : null, email != null && email.endsWith(".cymru") ? Locale.forLanguageTag("cy") : Locale.ENGLISH, null),
                needs, "Getting to school", waitingList));
    }

    public void cleanUp() {
        slugs.forEach(slug -> jdbc.update("DELETE FROM activity WHERE slug = ?", slug));
        areas.forEach(code -> jdbc.update("DELETE FROM area WHERE code = ?", code));
        slugs.clear();
        areas.clear();
    }
}
