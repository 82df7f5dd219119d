package uk.takingpart.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.activity.Audience;
import uk.takingpart.booking.BookingAdministration.InvalidSession;
import uk.takingpart.booking.BookingAdministration.SessionForm;
import uk.takingpart.booking.BookingAdministration.SessionText;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * Staff run sessions against a real MariaDB: adding and changing them in both languages, the
 * waiting list moving up when capacity grows, cancelling a session (everyone told), the
 * attendee list and attendance. Stands on its own on an empty database.
 */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
@Import(TestClockConfiguration.class)
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class BookingAdministrationServiceTest {
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired BookingAdministration administration;
    @Autowired BookingService bookings;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    BookingTestData data;

    @BeforeEach
    void setUp() {
        data = new BookingTestData(jdbc, bookings, clock);
    }

    @AfterEach
    void cleanUp() {
        data.cleanUp();
    }

    private static SessionForm with(SessionForm f, Integer capacity, Integer limit) {
        return new SessionForm(f.startsAt(), f.endsAt(), f.mode(), capacity, limit, f.audience(), f.leaderName(), f.joiningLink(),
                f.accessFeatures(), f.texts());
    }

    private int outboxTo(String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE recipient = ?", Integer.class, recipient);
    }

    @Test
    void an_editor_adds_a_session_in_english_and_welsh_and_it_is_listed_with_its_places() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(20, 4), "editor-in-test");

        var listed = administration.sessions(slug, WELSH).orElseThrow();
        assertThat(listed.sessions()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.capacity()).isEqualTo(20);
            assertThat(s.placesTaken()).isZero();
            assertThat(s.venueName().text()).isEqualTo("Neuadd y Dref");
            assertThat(s.accessFeatures()).containsExactlyInAnyOrder(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP);
        });
        assertThat(administration.form(id)).get().satisfies(f -> {
            assertThat(f.text("cy").address()).isEqualTo("1 Stryd Fawr, Caerdydd");
            assertThat(f.audience()).isEqualTo(Audience.PARENT_CARERS);
        });
        assertThat(jdbc.queryForObject("SELECT actor_name FROM audit_entry WHERE action = 'SESSION_CREATED' AND record_id = ?",
                String.class, Long.toString(id))).isEqualTo("editor-in-test");
    }

    @Test
    void a_session_with_mistakes_is_refused_with_a_message_for_each_field() {
        String slug = data.activity("EVENT");
        SessionForm good = data.inPerson(20, 4);
        SessionForm bad = new SessionForm(good.startsAt(), good.startsAt().minus(Duration.ofHours(1)), SessionMode.ONLINE, 0, 0,
                null, null, "http://example.org/meet", Set.of(),
                Map.of("en", new SessionText("", "", "Chair"), "cy", new SessionText("", "Rhywle", "")));

        assertThatThrownBy(() -> administration.create(slug, bad, "editor-in-test"))
                .isInstanceOfSatisfying(InvalidSession.class, e -> assertThat(e.errors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ends", "booking.staff.editor.error.ends.before-start",
                        "capacity", "booking.staff.editor.error.capacity.min",
                        "limit", "booking.staff.editor.error.limit.min",
                        "joining-link", "booking.staff.editor.error.joining-link.https",
                        "cy.leader-role", "booking.staff.editor.error.welsh-missing",
                        "en.address", "booking.staff.editor.error.english-missing")));

        SessionForm noVenue = new SessionForm(good.startsAt(), good.endsAt(), SessionMode.IN_PERSON, 5, 1, null, null, null, Set.of(), Map.of());
        assertThatThrownBy(() -> administration.create(slug, noVenue, "editor-in-test"))
                .isInstanceOfSatisfying(InvalidSession.class, e -> assertThat(e.errors())
                        .containsExactly(Map.entry("en.venue-name", "booking.staff.editor.error.venue.required")));

        SessionForm online = new SessionForm(good.startsAt(), good.endsAt(), SessionMode.ONLINE, 5, 1, null, null,
                "https://meet.example.org/abc", Set.of(AccessFeature.PARKING), Map.of());
        long id = administration.create(slug, online, "editor-in-test");
        assertThat(administration.form(id).orElseThrow().accessFeatures()).as("no venue features online").isEmpty();
        assertThat(administration.sessions(slug, Locale.ENGLISH).orElseThrow().sessions()).hasSize(1);
    }

    @Test
    void capacity_cannot_drop_below_places_taken_and_raising_it_gives_places_to_the_waiting_list_in_order() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(2, 2), "editor-in-test");
        assertThat(data.book(id, "First Person", "first@example.org", 2, false, Needs.NONE).outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        assertThat(data.book(id, "Second Person", "second@example.org", 2, true, Needs.NONE).outcome()).isEqualTo(BookingResult.Outcome.WAITING_LIST);
        assertThat(data.book(id, "Third Person", "third@example.org", 1, true, Needs.NONE).outcome()).isEqualTo(BookingResult.Outcome.WAITING_LIST);

        assertThatThrownBy(() -> administration.edit(id, with(data.inPerson(2, 2), 1, 2), "editor-in-test"))
                .isInstanceOfSatisfying(InvalidSession.class, e -> {
                    assertThat(e.errors()).containsEntry("capacity", "booking.staff.editor.error.capacity.below-taken");
                    assertThat(e.arguments()).containsEntry("taken", 2);
                });

        int promoted = administration.edit(id, with(data.inPerson(2, 2), 5, 2), "editor-in-test");

        assertThat(promoted).isEqualTo(2);
        var after = administration.bookings(id, Locale.ENGLISH).orElseThrow();
        assertThat(after.confirmed()).extracting(BookingAdministration.StaffBooking::name)
                .containsExactly("First Person", "Second Person", "Third Person");
        assertThat(after.waiting()).isEmpty();
        assertThat(after.session().placesTaken()).isEqualTo(5);
        assertThat(outboxTo("second@example.org")).as("waiting and then place offered").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'SESSION_EDITED' AND record_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void cancelling_a_session_cancels_everyone_and_emails_each_booker_who_gave_an_email_address() {
        String slug = data.activity("TIME_TO_LISTEN");
        long id = administration.create(slug, data.inPerson(1, 1), "editor-in-test");
        data.book(id, "Booked Person", "booked@example.org", 1, false, Needs.NONE);
        data.book(id, "Waiting Person", "aros@example.cymru", 1, true, Needs.NONE);
        data.book(id, "Phone Person", null, 1, true, Needs.NONE);
        assertThat(administration.bookings(id, Locale.ENGLISH).orElseThrow().toEmail()).isEqualTo(2);

        int cancelled = administration.cancel(id, "editor-in-test");

        assertThat(cancelled).isEqualTo(3);
        var after = administration.bookings(id, Locale.ENGLISH).orElseThrow();
        assertThat(after.session().cancelled()).isTrue();
        assertThat(after.confirmed()).isEmpty();
        assertThat(after.waiting()).isEmpty();
        assertThat(after.cancelled()).hasSize(3);
        assertThat(jdbc.queryForList("SELECT subject FROM email_outbox WHERE recipient = ? ORDER BY id", String.class, "booked@example.org"))
                .hasSize(2).last().asString().startsWith("Cancelled: ");
        assertThat(jdbc.queryForList("SELECT subject FROM email_outbox WHERE recipient = ? ORDER BY id", String.class, "aros@example.cymru"))
                .as("in the booker's language").hasSize(2).last().asString().doesNotStartWith("Cancelled: ");
        String audit = jdbc.queryForObject("SELECT summary FROM audit_entry WHERE action = 'SESSION_CANCELLED' AND record_id = ?",
                String.class, Long.toString(id));
        assertThat(audit).contains("3 booking(s) cancelled, 2 emailed").doesNotContain("Person").doesNotContain("@");
        assertThat(administration.cancel(id, "editor-in-test")).as("nothing more to cancel").isZero();
        assertThatThrownBy(() -> administration.edit(id, data.inPerson(3, 1), "editor-in-test")).isInstanceOf(InvalidSession.class);
    }

    @Test
    void staff_see_needs_mark_attendance_and_download_a_spreadsheet_safe_attendee_list() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(10, 3), "editor-in-test");
        String bsl = data.book(id, "=HYPERLINK(\"http://evil\")", "bsl@example.org", 2, false,
                new Needs(Set.of(AccessNeed.BSL_INTERPRETER, AccessNeed.STEP_FREE), null, "Needs, a \"quiet\" corner")).booking().reference();
        data.book(id, "Step Free", "step@example.org", 1, false, new Needs(Set.of(AccessNeed.STEP_FREE), null, null));
        data.book(id, "Spoken Language", "spoken@example.org", 1, false, new Needs(Set.of(AccessNeed.SPOKEN_INTERPRETER), "Polish", null));
        data.book(id, "No Needs", "none@example.org", 1, false, Needs.NONE);

        var found = administration.bookings(id, Locale.ENGLISH).orElseThrow();
        assertThat(found.withNeeds()).isEqualTo(3);
        assertThat(found.needCounts()).containsExactly(Map.entry(AccessNeed.BSL_INTERPRETER, 1),
                Map.entry(AccessNeed.SPOKEN_INTERPRETER, 1), Map.entry(AccessNeed.STEP_FREE, 2));
        assertThat(found.otherNeeds()).isEqualTo(1);

        assertThat(administration.markAttendance(id, bsl, true, "editor-in-test")).isTrue();
        assertThat(administration.markAttendance(id, "NOTAREF1", true, "editor-in-test")).isFalse();
        assertThat(administration.bookings(id, Locale.ENGLISH).orElseThrow().confirmed().getFirst().attended()).isTrue();
        assertThat(jdbc.queryForObject("SELECT summary FROM audit_entry WHERE action = 'ATTENDANCE_MARKED' AND record_id = ?",
                String.class, bsl)).isEqualTo("Marked as attended (2 places, session " + id + ")");

        StringWriter csv = new StringWriter();
        administration.exportAttendees(id, Locale.ENGLISH, csv, "editor-in-test");
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("reference,status,places,name,email,mobile,role,needs,interpreter_language,other_needs,talk_about,attended");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo(bsl + ",Booked,2,\"'=HYPERLINK(\"\"http://evil\"\")\",bsl@example.org,,A parent carer,"
                + "British Sign Language (BSL) interpreter; Step-free access,,\"Needs, a \"\"quiet\"\" corner\",Getting to school,Yes");
        assertThat(lines.get(3)).contains("An interpreter for another spoken language,Polish,");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ATTENDEES_EXPORTED' AND record_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);

        StringWriter welsh = new StringWriter();
        administration.exportAttendees(id, WELSH, welsh, "editor-in-test");
        assertThat(welsh.toString()).doesNotContain("Step-free access");
    }

    @Test
    void the_home_page_counts_sessions_in_the_next_fourteen_days_and_places_booked_on_them() {
        BookingAdministration.Upcoming before = administration.upcoming();
        String slug = data.activity("EVENT");
        long soon = administration.create(slug, data.inPerson(10, 3), "editor-in-test");
        SessionForm later = data.inPerson(10, 3);
        administration.create(slug, new SessionForm(later.startsAt().plus(Duration.ofDays(20)), later.endsAt().plus(Duration.ofDays(20)),
                later.mode(), 10, 3, null, null, null, Set.of(), later.texts()), "editor-in-test");
        data.book(soon, "Some One", "some@example.org", 3, false, Needs.NONE);

        BookingAdministration.Upcoming after = administration.upcoming();
        assertThat(after.sessions() - before.sessions()).isEqualTo(1);
        assertThat(after.placesBooked() - before.placesBooked()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_reads_but_cannot_change_sessions() {
        String slug = data.activity("EVENT");
        assertThat(administration.sessions(slug, Locale.ENGLISH)).isPresent();
        assertThatThrownBy(() -> administration.create(slug, data.inPerson(5, 1), "analyst-in-test")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.cancel(1L, "analyst-in-test")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void moving_a_session_tells_everyone_booked_or_waiting_in_their_language_but_raising_capacity_alone_does_not() {
        String slug = data.activity("EVENT");
        SessionForm original = data.inPerson(1, 1);
        long id = administration.create(slug, original, "editor-in-test");
        String booked = "moved-" + java.util.UUID.randomUUID() + "@example.org";
        String waiting = "symud-" + java.util.UUID.randomUUID() + "@example.cymru";
        data.book(id, "Booked Person", booked, 1, false, Needs.NONE);
        bookings.book(new BookingRequest(java.util.UUID.randomUUID().toString(), id, 1, null,
                new Contact("Person Aros", waiting, null, Locale.forLanguageTag("cy"), PreferredFormat.STANDARD), Needs.NONE, null, true));

        administration.edit(id, with(original, 1, 1), "editor-in-test");
        assertThat(outboxTo(booked)).as("nothing changed for bookers").isEqualTo(1);

        SessionForm later = new SessionForm(original.startsAt().plus(Duration.ofHours(1)), original.endsAt().plus(Duration.ofHours(1)),
                original.mode(), 1, 1, original.audience(), original.leaderName(), original.joiningLink(), original.accessFeatures(),
                original.texts());
        administration.edit(id, later, "editor-in-test");

        assertThat(jdbc.queryForList("SELECT subject FROM email_outbox WHERE recipient = ? ORDER BY id", String.class, booked))
                .last().asString().startsWith("The time or place has changed: ");
        assertThat(jdbc.queryForList("SELECT subject FROM email_outbox WHERE recipient = ? ORDER BY id", String.class, waiting))
                .last().asString().startsWith("Mae’r amser neu’r lleoliad wedi newid: ");
    }
}
