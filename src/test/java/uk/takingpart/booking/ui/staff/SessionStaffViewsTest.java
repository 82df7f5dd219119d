package uk.takingpart.booking.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.activity.Audience;
import uk.takingpart.booking.AccessFeature;
import uk.takingpart.booking.AccessNeed;
import uk.takingpart.booking.BookingAdministration;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.BookingTestData;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.SessionMode;

/** Staff add sessions, see who is coming and what they need, mark attendance and cancel, without a browser. */
@SpringBootTest
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class SessionStaffViewsTest extends uk.takingpart.testing.StaffBrowserlessTest {
    @Autowired BookingAdministration administration;
    @Autowired BookingService bookings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    BookingTestData data;

    @BeforeEach
    void setUp() {
        data = new BookingTestData(jdbc, bookings, clock);
    }

    @AfterEach
    void cleanUp() {
        data.cleanUp();
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    private SessionEditorView fillEnglish(String slug) {
        SessionEditorView editor = navigate("staff/activities/" + slug + "/sessions/new", SessionEditorView.class);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(9).withHour(10).withMinute(0).withSecond(0).withNano(0);
        editor.starts.setValue(start);
        editor.ends.setValue(start.plusHours(2));
        editor.mode.setValue(SessionMode.IN_PERSON);
        editor.capacity.setValue(12);
        editor.limit.setValue(3);
        editor.audience.setValue(Audience.PARENT_CARERS);
        editor.leaderName.setValue("Alex Morgan");
        editor.access.setValue(Set.of(AccessFeature.STEP_FREE));
        var en = editor.texts.get("en");
        en.venueName.setValue("Library");
        en.address.setValue("2 Park Road, Swansea");
        en.leaderRole.setValue("Family liaison officer");
        return editor;
    }

    @Test
    void an_editor_adds_a_session_in_english_and_welsh_and_sees_it_listed() {
        String slug = data.activity("TIME_TO_LISTEN");
        SessionEditorView editor = fillEnglish(slug);
        assertThat(editor.joiningLink.isVisible()).as("no joining link in person").isFalse();
        var cy = editor.texts.get("cy");
        cy.venueName.setValue("Llyfrgell");
        cy.address.setValue("2 Heol y Parc, Abertawe");
        cy.leaderRole.setValue("Swyddog cyswllt teuluoedd");

        click(editor.save);

        assertThat(editor.errorSummary.isVisible()).isFalse();
        assertThat(editor.status.getText()).isEqualTo("The session has been added.");
        SessionListView list = navigate("staff/activities/" + slug + "/sessions", SessionListView.class);
        assertThat(list.heading.getText()).isEqualTo("Sessions: Test listening evening");
        assertThat(text(list.table)).contains("Library", "0 of 12", "Open for booking", "Bookings", "Edit");
        assertThat(administration.sessions(slug, Locale.forLanguageTag("cy")).orElseThrow().sessions().getFirst().venueName().text())
                .isEqualTo("Llyfrgell");
    }

    @Test
    void without_the_welsh_the_session_is_refused_and_each_welsh_field_says_so() {
        String slug = data.activity("EVENT");
        SessionEditorView editor = fillEnglish(slug);
        editor.ends.setValue(editor.starts.getValue().minusHours(1));

        click(editor.save);

        assertThat(editor.errorSummary.isVisible()).isTrue();
        assertThat(editor.ends.getErrorMessage()).isEqualTo("The end must be after the start");
        assertThat(editor.texts.get("cy").venueName.isInvalid()).isTrue();
        assertThat(editor.texts.get("cy").venueName.getErrorMessage()).isEqualTo("Enter this in Cymraeg too: both languages are published together");
        assertThat(editor.texts.get("en").venueName.getValue()).as("what was typed is kept").isEqualTo("Library");
        assertThat(administration.sessions(slug, Locale.ENGLISH).orElseThrow().sessions()).isEmpty();
    }

    @Test
    void what_a_person_wrote_over_several_lines_is_shown_with_its_line_breaks_as_text() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(4, 2), "editor-in-test");
        String written = "My son uses a wheelchair.\nHe needs a space at the front.\n<b>Thank you</b>";
        data.book(id, "Bethan Hughes", "bethan@example.org", 1, false, new Needs(Set.of(AccessNeed.STEP_FREE), null, written));

        SessionBookingsView view = navigate("staff/sessions/" + id + "/bookings", SessionBookingsView.class);

        var cell = uk.takingpart.testing.Rendered.document(view.confirmedTable).select(".needs-cell .as-written");
        assertThat(cell).hasSize(1);
        assertThat(cell.first().wholeText()).isEqualTo(written);
        assertThat(cell.first().select("b")).as("written as text, never markup").isEmpty();
    }

    @Test
    void staff_see_that_a_person_changed_their_needs_and_when_and_their_postal_address() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(4, 2), "editor-in-test");
        var booked = data.book(id, "Bethan Hughes", "bethan@example.org", 1, false, Needs.NONE).booking();
        bookings.changeNeeds(booked.manageToken(), new Needs(Set.of(AccessNeed.HEARING_LOOP), null, null));
        bookings.changeContact(booked.manageToken(), booked.contact().withReach("bethan@example.org", null, Locale.ENGLISH,
                uk.takingpart.booking.PreferredFormat.LETTER, new uk.takingpart.booking.PostalAddress("4 Stryd y Castell", null, "Caerdydd", "cf10 1bs")));

        SessionBookingsView view = navigate("staff/sessions/" + id + "/bookings", SessionBookingsView.class);

        var table = uk.takingpart.testing.Rendered.document(view.confirmedTable);
        assertThat(table.select(".needs-changed").text()).startsWith("Needs changed: ");
        assertThat(table.text()).contains("Hearing loop", "Standard letter, by post", "Post to: 4 Stryd y Castell, Caerdydd, CF10 1BS");
    }

    @Test
    void the_bookings_page_flags_needs_marks_attendance_and_cancels_after_saying_who_will_be_emailed() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(2, 2), "editor-in-test");
        String first = data.book(id, "Bethan Hughes", "bethan@example.org", 1, false,
                new Needs(Set.of(AccessNeed.BSL_INTERPRETER, AccessNeed.STEP_FREE), null, null)).booking().reference();
        data.book(id, "Dewi Evans", "dewi@example.org", 1, false, new Needs(Set.of(AccessNeed.STEP_FREE), null, null));
        data.book(id, "Ffion Jones", null, 2, true, Needs.NONE);

        SessionBookingsView view = navigate("staff/sessions/" + id + "/bookings", SessionBookingsView.class);

        assertThat(text(view.needsSummary)).isEqualTo("Needs 2 bookings have access or communication needs: "
                + "British Sign Language (BSL) interpreter: 1, Step-free access: 2.");
        assertThat(text(view.confirmedTable)).contains("Bethan Hughes", "Needs British Sign Language (BSL) interpreter; Step-free access");
        assertThat(text(view.waitingTable)).contains("Ffion Jones", "07700 900123");

        view.attendance.get(first).setValue("yes");
        assertThat(jdbc.queryForObject("SELECT attended FROM booking WHERE reference = ?", Boolean.class, first)).isTrue();
        assertThat(view.status.getText()).isEqualTo("Attendance saved for " + first + ".");

        click(view.cancelSession);
        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat(view.confirmationText.getText()).isEqualTo("Are you sure? 3 bookings will be cancelled and 2 people will be emailed. "
                + "1 booking gave only a mobile number: tell them another way.");
        click(view.confirmCancel);

        assertThat(view.status.getText()).isEqualTo("The session is cancelled, and 3 bookings with it.");
        assertThat(administration.session(id, Locale.ENGLISH).orElseThrow().cancelled()).isTrue();
        assertThat(text(view.cancelledTable)).contains("Bethan Hughes", "Ffion Jones");
    }

    @Test
    void in_welsh_the_bookings_page_counts_needs_with_welsh_plurals() {
        String slug = data.activity("EVENT");
        long id = administration.create(slug, data.inPerson(5, 2), "editor-in-test");
        data.book(id, "Bethan Hughes", "bethan@example.org", 1, false, new Needs(Set.of(AccessNeed.STEP_FREE), null, null));
        data.book(id, "Dewi Evans", "dewi@example.org", 1, false, new Needs(Set.of(AccessNeed.STEP_FREE), null, null));
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));

        SessionBookingsView view = navigate("staff/sessions/" + id + "/bookings", SessionBookingsView.class);

        assertThat(view.heading.getText()).isEqualTo("Archebion: Noson wrando prawf");
        assertThat(text(view.needsSummary)).startsWith("Anghenion Mae gan 2 archeb anghenion mynediad neu gyfathrebu: ");
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_sees_the_bookings_but_cannot_mark_attendance_or_cancel() {
        String slug = data.activity("EVENT");
        long id = jdbc.queryForObject("SELECT id FROM activity WHERE slug = ?", Long.class, slug);
        jdbc.update("INSERT INTO event_session (activity_id, starts_at, ends_at, mode, capacity, booking_limit, status) "
                + "VALUES (?, DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 3 DAY), DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 4 DAY), 'ONLINE', 5, 1, 'SCHEDULED')", id);
        long session = jdbc.queryForObject("SELECT MAX(id) FROM event_session WHERE activity_id = ?", Long.class, id);
        data.book(session, "Some One", "some@example.org", 1, false, Needs.NONE);

        SessionBookingsView view = navigate("staff/sessions/" + session + "/bookings", SessionBookingsView.class);

        assertThat(text(view.confirmedTable)).contains("Some One");
        assertThat(view.attendance).isEmpty();
        assertThat(view.getChildren().anyMatch(c -> c.getElement().getTextRecursively().contains("Cancel this session"))).isFalse();
        assertThat(text(view.needsSummary)).isEqualTo("No one booked has told us of access or communication needs.");
    }
}
