package uk.takingpart.booking;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.privacy.Erasure;
import uk.takingpart.base.privacy.PersonSearch;
import uk.takingpart.base.privacy.PersonalDataSource;
import uk.takingpart.base.privacy.PersonalRecord;
import uk.takingpart.base.security.Roles;

/**
 * Bookings (with their needs and postal address) made with a person's email address or mobile
 * number. Erasing keeps each booking, so the session's places, attendance and statistics stay
 * right, but takes away the name, contact details, needs, what they wanted to talk about and the
 * address, and changes the manage link so the old one opens nothing. A place on a waiting list
 * is cancelled: with no way to reach the person, it could never be offered. {@link BookingRetention}
 * later deletes the rest with every other booking of the session.
 */
@Component
class BookingPersonalData implements PersonalDataSource {
    private static final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    BookingPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "bookings";
    }

    @Override
    public int order() {
        return 10;
    }

    private List<Long> ids(PersonSearch who) {
        return who.email() != null
                ? jdbc.sql("SELECT id FROM booking WHERE LOWER(TRIM(email)) = ? ORDER BY created_at, id").param(who.email()).query(Long.class).list()
                // mobiles are stored as +447… (Contact tidies them); older rows are checked as written
                : jdbc.sql("SELECT id, mobile FROM booking WHERE mobile LIKE ? ORDER BY created_at, id")
                        .param("%" + who.phone().substring(who.phone().length() - 6))
                        .query((rs, n) -> who.matches(rs.getString("mobile")) ? rs.getLong("id") : null)
                        .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<PersonalRecord> find(PersonSearch who) {
        List<Long> ids = ids(who);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT b.*, s.starts_at, a.slug,
                       (SELECT GROUP_CONCAT(n.need ORDER BY n.need SEPARATOR ', ') FROM booking_need n WHERE n.booking_id = b.id) AS needs
                FROM booking b JOIN event_session s ON s.id = b.session_id JOIN activity a ON a.id = s.activity_id
                WHERE b.id IN (:ids) ORDER BY b.created_at, b.id""").param("ids", ids)
                .query((rs, n) -> {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("reference", rs.getString("reference"));
                    f.put("activity", rs.getString("slug"));
                    f.put("session_starts_at", text(rs, "starts_at"));
                    f.put("status", rs.getString("status"));
                    f.put("places", rs.getString("places"));
                    f.put("booker_role", rs.getString("booker_role"));
                    f.put("name", rs.getString("name"));
                    f.put("email", rs.getString("email"));
                    f.put("mobile", rs.getString("mobile"));
                    f.put("language", rs.getString("language"));
                    f.put("preferred_format", rs.getString("preferred_format"));
                    f.put("access_needs", rs.getString("needs"));
                    f.put("interpreter_language", rs.getString("interpreter_language"));
                    f.put("other_needs", rs.getString("other_needs"));
                    f.put("talk_about", rs.getString("talk_about"));
                    f.put("address_line_1", rs.getString("address_line_1"));
                    f.put("address_line_2", rs.getString("address_line_2"));
                    f.put("address_town", rs.getString("address_town"));
                    f.put("address_postcode", rs.getString("address_postcode"));
                    f.put("needs_changed_at", text(rs, "needs_changed_at"));
                    f.put("attended", rs.getObject("attended") == null ? null : String.valueOf(rs.getBoolean("attended")));
                    f.put("created_at", text(rs, "created_at"));
                    f.put("cancelled_at", text(rs, "cancelled_at"));
                    return new PersonalRecord(kind(), rs.getString("reference"), instant(rs, "created_at"), f);
                }).list();
    }

    @Override
    @Transactional
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Erasure erase(PersonSearch who) {
        List<Long> ids = ids(who);
        if (ids.isEmpty()) {
            return new Erasure(kind(), 0, 0);
        }
        var now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("DELETE FROM booking_need WHERE booking_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("""
                UPDATE booking SET status = 'CANCELLED', cancelled_at = COALESCE(cancelled_at, :now)
                WHERE id IN (:ids) AND status = 'WAITING'""").param("ids", ids).param("now", now).update();
        int anonymised = 0;
        for (long id : ids) {
            anonymised += jdbc.sql("""
                    UPDATE booking SET name = '', email = NULL, mobile = NULL, booker_role = NULL, interpreter_language = NULL,
                           other_needs = NULL, talk_about = NULL, address_line_1 = NULL, address_line_2 = NULL, address_town = NULL,
                           address_postcode = NULL, needs_changed_at = NULL, reminder_due_at = NULL, manage_token = :token,
                           erased_at = :now, updated_at = :now, version = version + 1
                    WHERE id = :id""").param("token", newToken()).param("now", now).param("id", id).update();
        }
        return new Erasure(kind(), 0, anonymised);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // DATETIME columns hold UTC (hibernate.jdbc.time_zone=UTC)
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        Instant t = instant(rs, column);
        return t == null ? null : t.toString();
    }
}
