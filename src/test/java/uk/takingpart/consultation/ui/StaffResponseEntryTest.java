package uk.takingpart.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.NativeChoice;
import uk.takingpart.consultation.ConsultationPage;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.consultation.ResponseFilter;
import uk.takingpart.testing.Forms;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * An editor enters a response that came on paper through the same questions as online: how it
 * came, the day it was received and the person's language first, then the questions; it is
 * counted with the others under its channel. One posted in time is entered after the closing date;
 * one received after it is refused with a message, and nothing typed is lost.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@WithMockUser(username = "editor-in-test", roles = "EDITOR")
class StaffResponseEntryTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Pattern REFERENCE = Pattern.compile("reference is ([" + ConsultationResponses.REFERENCE_ALPHABET + "]{8})\\b");

    @Autowired ConsultationService consultations;
    @Autowired ConsultationResponses responses;
    @Autowired ResponseAdministration administration;
    @Autowired AuditTrail audit;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    private final Instant started = Instant.now();

    @AfterEach
    void tidy() {
        clock.set(started);
        jdbc.sql("DELETE FROM consultation_response WHERE entered_by = 'editor-in-test'").update();
    }

    @Test
    void an_editor_enters_a_paper_response_received_before_closing_after_the_closing_date_and_it_is_counted_as_paper() {
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        int before = responses.count(page.id());
        LocalDate closingDay = LocalDate.ofInstant(page.closesAt().minusNanos(1), java.time.ZoneId.of("Europe/London"));
        clock.set(page.closesAt().plus(Duration.ofDays(3)));

        UI.getCurrent().navigate("staff/consultations/" + page.id() + "/responses");
        String enter = $(Anchor.class).id("enter-response").getHref();
        assertThat(enter).isEqualTo("staff/consultations/" + page.id() + "/enter/received");
        UI.getCurrent().navigate(enter);

        assertThat(heading()).isEqualTo("How the response came");
        submit();
        assertThat(errors()).contains("Choose how the response came", "Enter the day the response was received",
                "Choose the language the person responded in");

        choose("entry-channel");
        type(closingDay.plusDays(1));
        choose("entry-language-cy");
        submit();
        assertThat(errors()).contains("must be on or before the day the consultation closed");
        assertThat($(NativeChoice.class).id("entry-channel").getValue()).as("what was chosen is kept").isTrue();
        assertThat($(Input.class).id("entry-received").getValue()).isEqualTo(String.valueOf(closingDay.plusDays(1).getDayOfMonth()));

        type(closingDay);
        submit();
        assertThat(heading()).as("then the consultation's own questions").isEqualTo("Where is your GP practice?");
        assertThat(pageText()).contains("Question 1 of 11");
        choose("q-practice-area-cowbridge");
        submit();
        choose("q-hard-to-get");
        submit();
        $(uk.takingpart.base.ui.NativeTextArea.class).id("q-what-made-it-hard").setValue("Written on the form: the bus stops at 6");
        submit();
        submit(); // last tried: optional
        choose("q-best-times");
        submit();
        for (String optional : List.of("q-agree-option-a", "q-agree-option-b")) {
            choose(optional);
            submit();
        }
        $(uk.takingpart.base.ui.NativeSelect.class).id("q-what-matters").setValue("1");
        $(uk.takingpart.base.ui.NativeSelect.class).id("q-what-matters-any-evening").setValue("2");
        $(uk.takingpart.base.ui.NativeSelect.class).id("q-what-matters-short-journey").setValue("3");
        $(uk.takingpart.base.ui.NativeSelect.class).id("q-what-matters-book-online").setValue("4");
        submit();
        choose("q-statements");
        choose("q-statements-get-to-cowbridge-disagree");
        choose("q-statements-another-practice-neither");
        submit();
        $(Input.class).id("q-travel-minutes").setValue("15");
        submit();
        submit(); // other comments
        submit(); // organisation
        submit(); // about you: how
        submit(); // for yourself or an organisation
        submit(); // helped
        choose("equality-skip");
        submit();

        assertThat(heading()).isEqualTo("Check the response before saving it");
        assertThat(pageText()).contains("How it came", "On paper", "Welsh (Cymraeg)", "Cowbridge",
                "Written on the form: the bus stops at 6");
        Element form = Forms.find(getCurrentView().getElement(), "form").orElseThrow();
        Forms.fire(form);
        Forms.fire(form); // a double click saves one response

        assertThat(heading()).isEqualTo("Response saved");
        String reference = reference();
        assertThat(responses.count(page.id())).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT channel, received_on, entered_by, language FROM consultation_response WHERE reference = ?")
                .param(reference).query((rs, n) -> List.of(rs.getString(1), rs.getObject(2, LocalDate.class).toString(), rs.getString(3),
                        rs.getString(4))).single())
                .containsExactly("paper", closingDay.toString(), "editor-in-test", "cy");
        assertThat(responses.answers(reference)).extracting(ConsultationResponses.StoredAnswer::text)
                .contains("Written on the form: the bus stops at 6");
        assertThat(administration.channels(page.id())).contains("paper");
        assertThat(administration.responses(page.id(), new ResponseFilter("paper", null, null, null, null, null), 1, Locale.ENGLISH)
                .orElseThrow().responses()).extracting(ResponseAdministration.ResponseRow::reference).containsExactly(reference);

        List<AuditRecord> entered = audit.search(new AuditFilter(null, null, AuditAction.RESPONSE_ENTERED, null, GP), 100).stream()
                .filter(e -> reference.equals(e.recordId())).toList();
        assertThat(entered).hasSize(1);
        assertThat(entered.getFirst().actor().name()).isEqualTo("editor-in-test");
        assertThat(entered.getFirst().summary()).contains("paper").doesNotContain("bus stops");

        String another = Rendered.page().select("a#enter-another").attr("href");
        UI.getCurrent().navigate("staff/responses/" + reference);
        assertThat(pageText()).contains("On paper", "Received on", "Entered by", "editor-in-test",
                String.valueOf(closingDay.getYear()), "Written on the form: the bus stops at 6");
        UI.getCurrent().navigate("staff/consultations/" + page.id() + "/summary");
        assertThat(Rendered.page().select("#channel-counts tr:contains(On paper)").text()).as("counted by channel").contains("On paper 1");

        UI.getCurrent().navigate(another);
        assertThat(heading()).as("another response starts afresh").isEqualTo("How the response came");
        assertThat($(NativeChoice.class).id("entry-channel").getValue()).isFalse();
    }

    @Test
    void in_welsh_the_first_page_and_its_errors_are_welsh() {
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        navigate("staff/consultations/" + page.id() + "/enter/received", StaffResponseEntryView.class);
        assertThat(heading()).isEqualTo("Sut daeth yr ymateb");
        choose("entry-channel-phone");
        $(Input.class).id("entry-received").setValue("31");
        $(Input.class).id("entry-received-month").setValue("2");
        $(Input.class).id("entry-received-year").setValue("2027");
        submit();
        assertThat(errors()).contains("Rhaid i’r diwrnod y daeth i law fod yn ddyddiad go iawn", "Dewiswch yr iaith");
        assertThat(pageText()).contains("Dros y ffôn", "Ar bapur", "Cymraeg");
    }

    @Test
    @WithMockUser(username = "analyst-in-test", roles = "ANALYST")
    void an_analyst_cannot_enter_a_response() {
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> responses.enter(page.id(),
                new ConsultationResponses.Entry("paper", LocalDate.now()), UUID.randomUUID().toString(), Locale.ENGLISH,
                java.util.Map.of(), uk.takingpart.consultation.Respondent.NONE, java.util.Map.of(), "analyst-in-test")))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("staff/consultations/" + page.id() + "/responses");
        assertThat($(Anchor.class).all()).noneMatch(a -> "enter-response".equals(a.getId().orElse("")));
    }

    private void type(LocalDate day) {
        $(Input.class).id("entry-received").setValue(String.valueOf(day.getDayOfMonth()));
        $(Input.class).id("entry-received-month").setValue(String.valueOf(day.getMonthValue()));
        $(Input.class).id("entry-received-year").setValue(String.valueOf(day.getYear()));
    }

    private String reference() {
        Matcher m = REFERENCE.matcher(pageText());
        assertThat(m.find()).as("a reference on the page").isTrue();
        return m.group(1);
    }

    private String heading() {
        return Forms.find(getCurrentView().getElement(), "h1").map(Element::getTextRecursively).orElse("");
    }

    private String pageText() {
        return Rendered.text(getCurrentView());
    }

    private String errors() {
        return $(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    private void choose(String id) {
        $(NativeChoice.class).id(id).setValue(true);
    }

    private void submit() {
        Forms.submit(getCurrentView());
    }
}
