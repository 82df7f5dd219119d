package uk.takingpart.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person changes their needs and contact details through the manage link, and a postal address
 * for formats sent by post: checked, stored, told to the staff and deleted with the booking.
 */
@SpringBootTest(properties = {"takingpart.mail.poll=1h", "takingpart.booking.reminder-poll=1h",
        "takingpart.notify.staff-email=send-team@staff.test"})
class BookingChangesTest {
    @Autowired BookingService bookings;
    @Autowired BookingRetention retention;
    @Autowired BookingRepository bookingRows;
    @Autowired EventSessionRepository sessions;
    @Autowired JdbcTemplate jdbc;
    BookingFixtures fixtures;
    long activity;

    @BeforeEach
    void setUp() {
        fixtures = new BookingFixtures(jdbc, sessions);
        activity = fixtures.activity("EVENT", Instant.now());
    }

    @AfterEach
    void tearDown() {
        fixtures.delete(activity);
    }

    @Test
    void a_postal_address_is_asked_for_formats_sent_by_post_and_its_postcode_is_tidied() {
        assertThat(new PostalAddress("1 High St", null, "Cardiff", " cf101aa ").postcode()).isEqualTo("CF10 1AA");
        assertThat(new PostalAddress("1 High St", null, "London", "sw1a  1aa").postcode()).isEqualTo("SW1A 1AA");
        assertThat(new PostalAddress("1 High St", null, "Cardiff", "CF10 1AA").problems()).isEmpty();
        assertThat(new PostalAddress("1 High St", null, "Cardiff", "12345").problems())
                .containsEntry("address-postcode", "booking.error.address.postcode.invalid");
        assertThat(new PostalAddress("1 High St", null, "Cardiff", "12345").postcode()).as("what was typed is kept").isEqualTo("12345");

        Contact braille = new Contact("A", "a@example.org", null, Locale.ENGLISH, PreferredFormat.BRAILLE, null);
        assertThat(braille.problems()).containsOnlyKeys("address-line-1", "address-town", "address-postcode");
        Contact email = new Contact("A", "a@example.org", null, Locale.ENGLISH, PreferredFormat.STANDARD,
                new PostalAddress("1 High St", null, "Cardiff", "CF10 1AA"));
        assertThat(email.problems()).isEmpty();
        assertThat(email.address()).as("no address is kept for a format sent by email").isNull();
        assertThat(PreferredFormat.LETTER.byPost()).isTrue();
        assertThat(PreferredFormat.LARGE_PRINT.byPost()).isTrue();
        assertThat(PreferredFormat.STANDARD.byPost()).isFalse();
    }

    @Test
    void changing_needs_tells_the_staff_and_the_person_and_the_audit_trail_has_no_personal_data() {
        long session = fixtures.sessionId(activity, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        String email = BookingFixtures.email();
        BookingResult booked = bookings.book(BookingFixtures.request(session, 1, email, new Locale("cy"), false));
        String reference = booked.booking().reference();
        String token = booked.booking().manageToken();

        Needs wanted = new Needs(EnumSet.of(AccessNeed.HEARING_LOOP), null, "Mae fy mab yn defnyddio cadair olwyn.\nSedd yn y blaen, os gwelwch yn dda.");
        assertThat(bookings.changeNeeds(token, wanted)).isEqualTo(BookingService.Change.CHANGED);
        assertThat(bookings.changeNeeds(token, wanted)).isEqualTo(BookingService.Change.UNCHANGED);

        ManagedBooking now = bookings.byManageLink(token, Locale.ENGLISH).orElseThrow();
        assertThat(now.needs()).isEqualTo(wanted);
        assertThat(bookingRows.findByManageToken(token).orElseThrow().getNeedsChangedAt()).isNotNull();

        List<Map<String, Object>> toStaff = jdbc.queryForList(
                "SELECT subject, text_body FROM email_outbox WHERE recipient = 'send-team@staff.test' AND subject LIKE ?", "%" + reference + "%");
        assertThat(toStaff).hasSize(1);
        assertThat((String) toStaff.getFirst().get("subject")).startsWith("Needs changed for booking " + reference);
        assertThat((String) toStaff.getFirst().get("text_body")).contains("Sedd yn y blaen", "/staff/sessions/" + session + "/bookings");

        List<Map<String, Object>> toPerson = jdbc.queryForList("SELECT subject, text_body, html_body FROM email_outbox WHERE recipient = ? ORDER BY id", email);
        assertThat(toPerson).hasSize(2);
        assertThat((String) toPerson.get(1).get("subject")).as("in their language")
                .startsWith("Mae eich anghenion mynediad a chyfathrebu wedi newid");
        assertThat((String) toPerson.get(1).get("text_body")).contains("Mae fy mab yn defnyddio cadair olwyn.\nSedd yn y blaen");
        assertThat((String) toPerson.get(1).get("html_body")).contains("white-space: pre-line");

        List<String> audit = jdbc.queryForList("SELECT summary FROM audit_entry WHERE record_id = ? ORDER BY id", String.class, reference);
        assertThat(audit).contains("Needs changed for booking " + reference);
        assertThat(String.join(" ", audit)).doesNotContain("cadair", "Sedd", email);
    }

    @Test
    void contact_details_language_format_and_address_can_be_changed() {
        long session = fixtures.sessionId(activity, Instant.now().plus(Duration.ofDays(9)), 4, 3, null);
        String email = BookingFixtures.email();
        String token = bookings.book(BookingFixtures.request(session, 1, email, Locale.ENGLISH, false)).booking().manageToken();

        Contact noAddress = new Contact("Ignored", email, "07700 900982", new Locale("cy"), PreferredFormat.LARGE_PRINT, null);
        assertThatThrownBy(() -> bookings.changeContact(token, noAddress)).isInstanceOf(IllegalArgumentException.class);

        Contact byPost = new Contact("Ignored", email, "07700 900982", new Locale("cy"), PreferredFormat.LARGE_PRINT,
                new PostalAddress("2 Heol y Frenhines", null, "Caerdydd", "cf10 2bh"));
        assertThat(bookings.changeContact(token, byPost)).isEqualTo(BookingService.Change.CHANGED);

        Contact saved = bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().contact();
        assertThat(saved.name()).as("the name is not changed here").isEqualTo("Test Booker");
        assertThat(saved.mobile()).isEqualTo("+447700900982");
        assertThat(saved.language().getLanguage()).isEqualTo("cy");
        assertThat(saved.format()).isEqualTo(PreferredFormat.LARGE_PRINT);
        assertThat(saved.address()).isEqualTo(new PostalAddress("2 Heol y Frenhines", null, "Caerdydd", "CF10 2BH"));
        String latest = jdbc.queryForObject("SELECT text_body FROM email_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class, email);
        assertThat(latest).contains("Rydyn ni wedi cadw eich manylion cyswllt newydd", "2 Heol y Frenhines\nCaerdydd\nCF10 2BH",
                "Llythyr print bras, drwy’r post");

        Contact backToEmail = new Contact("Ignored", email, null, Locale.ENGLISH, PreferredFormat.STANDARD,
                new PostalAddress("2 Heol y Frenhines", null, "Caerdydd", "CF10 2BH"));
        assertThat(bookings.changeContact(token, backToEmail)).isEqualTo(BookingService.Change.CHANGED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE manage_token = ? AND address_line_1 IS NULL AND address_postcode IS NULL",
                Integer.class, token)).as("an address no longer needed is not kept").isEqualTo(1);
    }

    @Test
    void retention_deletes_the_postal_address_with_the_booking() {
        Instant thirteenMonthsAgo = Instant.now().atZone(ZoneOffset.UTC).minusMonths(13).toInstant();
        EventSession old = fixtures.session(activity, thirteenMonthsAgo.minus(Duration.ofHours(2)), 3, 2);
        String street = "Retention street " + UUID.randomUUID();
        BookingRequest request = new BookingRequest(UUID.randomUUID().toString(), old.getId(), 1, null,
                new Contact("Past Booker", BookingFixtures.email(), null, Locale.ENGLISH, PreferredFormat.BRAILLE,
                        new PostalAddress(street, "Flat 2", "Cardiff", "CF10 1AA")), Needs.NONE, null, false);
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String token = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);
        bookingRows.saveAndFlush(new Booking(reference, token, request, BookingStatus.CONFIRMED, thirteenMonthsAgo.minus(Duration.ofDays(30))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE address_line_1 = ?", Integer.class, street)).isEqualTo(1);

        retention.deleteExpired();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE address_line_1 = ?", Integer.class, street)).isZero();
    }
}
