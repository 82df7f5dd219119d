package uk.takingpart.privacy.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingService;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/** An administrator searches for a person's data, sees it by kind, downloads it and erases it after confirming; in English and Welsh. */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
@WithMockUser(username = "admin-in-test", roles = "ADMINISTRATOR")
class DataRightsViewTest extends StaffBrowserlessTest {
    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired java.util.List<uk.takingpart.base.ui.StaffMenuEntry> menu;
    BookingFixtures fixtures;
    long activity;
    String email;
    String reference;

    @BeforeEach
    void aPersonHasBooked() {
        fixtures = BookingFixtures.in(context);
        email = "view-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        activity = fixtures.activity("EVENT", Instant.now());
        long session = fixtures.sessionId(activity, Instant.now().plus(Duration.ofDays(10)), 10, 4, null);
        reference = bookings.book(BookingFixtures.request(session, 1, email, Locale.ENGLISH, false)).booking().reference();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM email_outbox WHERE recipient = ?").param(email).update();
        fixtures.delete(activity);
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    @Test
    void an_empty_or_unreadable_search_is_an_error_next_to_the_field_and_in_the_summary_and_what_was_typed_stays() {
        DataRightsView view = navigate("staff/data-rights", DataRightsView.class);
        assertThat(view.heading.getText()).isEqualTo("Find, copy or erase a person’s data");
        click(view.searchButton);
        assertThat(view.search.isInvalid()).isTrue();
        assertThat(view.search.getErrorMessage()).isEqualTo("Enter an email address or a phone number");
        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(Rendered.text(view.errorSummary)).contains("There is a problem", "Enter an email address or a phone number");

        view.search.setValue("07700");
        click(view.searchButton);
        assertThat(view.search.getErrorMessage()).startsWith("Enter an email address, like name@example.org, or a phone number");
        assertThat(view.search.getValue()).isEqualTo("07700");
        assertThat(view.results.getChildren().count()).isZero();
    }

    @Test
    void an_administrator_finds_a_booking_downloads_it_and_erases_it_after_confirming() {
        DataRightsView view = navigate("staff/data-rights", DataRightsView.class);
        view.search.setValue(" " + email.toUpperCase(Locale.ROOT));
        click(view.searchButton);

        assertThat(view.errorSummary.isVisible()).isFalse();
        String shown = Rendered.text(view.results);
        assertThat(shown).contains("Bookings: 1 item", reference, "Emails: 1 item", "Consultation responses: 0 items",
                "Equality monitoring answers", "cannot be found for one person");
        assertThat(view.downloadOds.getText()).isEqualTo("Download a copy (spreadsheet, ODS)");
        assertThat(view.downloadJson.getText()).isEqualTo("Download a copy (JSON)");
        assertThat(view.downloadOds.getHref()).as("the address never carries the email").doesNotContain(email, "view-");

        click(view.eraseButton);
        assertThat(Rendered.text(view.confirmation)).contains("Are you sure you want to erase this person’s data?",
                "Bookings (1): The name, email address", "The booking stays, so the event’s places and attendance still count it",
                "Emails (1): Emails not sent yet are cancelled");
        click(view.cancelErase);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE reference = ? AND email = ?").param(reference).param(email)
                .query(Long.class).single()).as("cancelled: nothing erased").isOne();

        click(view.eraseButton);
        click(view.confirmErase);
        assertThat(view.status.getText()).isEqualTo("Erased. Items deleted: 1. Items kept without personal details: 1.");
        assertThat(jdbc.sql("SELECT CONCAT(name, '|', COALESCE(email, '-')) FROM booking WHERE reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("|-");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'DATA_ERASED' ORDER BY id DESC LIMIT 1").query(String.class).single())
                .doesNotContain(email, "view-");

        view.search.setValue(email);
        click(view.searchButton);
        assertThat(Rendered.text(view.results)).contains("We hold nothing with this email address or phone number.");
        assertThat(view.results.getChildren().filter(c -> c == view.eraseButton).count()).isZero();
    }

    @Test
    void only_administrators_may_open_the_page_or_see_its_link() {
        var checker = new com.vaadin.flow.server.auth.AccessAnnotationChecker();
        java.security.Principal someone = () -> "someone";
        assertThat(checker.hasAccess(DataRightsView.class, someone, java.util.Set.of(uk.takingpart.base.security.Roles.ADMINISTRATOR)::contains)).isTrue();
        assertThat(checker.hasAccess(DataRightsView.class, someone, java.util.Set.of(uk.takingpart.base.security.Roles.EDITOR,
                uk.takingpart.base.security.Roles.ANALYST)::contains)).isFalse();
        assertThat(menu.stream().filter(e -> e.path().equals("staff/data-rights")))
                .singleElement().satisfies(e -> assertThat(e.role()).isEqualTo(uk.takingpart.base.security.Roles.ADMINISTRATOR));
    }

    @Test
    void in_welsh_the_page_its_results_and_its_errors_are_welsh() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        DataRightsView view = navigate("staff/data-rights", DataRightsView.class);
        assertThat(view.heading.getText()).isEqualTo("Dod o hyd i ddata person, ei gopïo neu ei ddileu");
        assertThat(view.search.getLabel()).isEqualTo("Cyfeiriad e-bost neu rif ffôn");
        click(view.searchButton);
        assertThat(view.search.getErrorMessage()).isEqualTo("Rhowch gyfeiriad e-bost neu rif ffôn");

        view.search.setValue(email);
        click(view.searchButton);
        assertThat(Rendered.text(view.results)).contains("Archebion: 1 eitem", "Atebion monitro cydraddoldeb");
        assertThat(view.downloadJson.getText()).isEqualTo("Lawrlwytho copi (JSON)");
    }
}
