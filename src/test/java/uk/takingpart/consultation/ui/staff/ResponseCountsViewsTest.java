package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.ui.ErrorSummary;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.Respondent;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/**
 * An analyst reads the counts per question, filters the responses (the filter kept in the
 * address), and reads the equality report with its small counts hidden. Each test starts from a
 * consultation with no responses and no equality records (deleted inside the test's transaction)
 * and is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "analyst-in-test", roles = "ANALYST")
class ResponseCountsViewsTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    private Questionnaire questionnaire;
    private long consultation;

    @BeforeEach
    void startWithNoResponses() {
        questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        jdbc.sql("DELETE FROM consultation_response WHERE consultation_id = ?").param(consultation).update();
        jdbc.sql("DELETE FROM equality_record WHERE consultation_id = ?").param(consultation).update();
    }

    private long id(String code) {
        return questionnaire.question(code).orElseThrow().id();
    }

    private String send(Respondent respondent, String area, String hard) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(id("practice-area"), new Answer.Choice(area, "other".equals(area) ? "Rhoose" : null));
        answers.put(id("hard-to-get"), new Answer.Choice(hard, null));
        answers.put(id("best-times"), new Answer.Choices(List.of("evening", "saturday")));
        ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, answers, respondent, Map.of());
        return result.reference();
    }

    private static void click(NativeButton button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button, true, 0, 0, 0, 0, 1, 0, false, false, false, false));
    }

    private static Respondent organisation() {
        return new Respondent(null, null, Respondent.ORGANISATION, "Cymdeithas Ŵyr", null, null, null);
    }

    /** Each question's table as rows of cell texts, by the question's heading. */
    private static Map<String, List<List<String>>> tables(Document page) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (Element section : page.select("section.question-count")) {
            out.put(section.selectFirst("h2").text(), section.select("tbody tr").stream().map(r -> r.select("td").eachText()).toList());
        }
        return out;
    }

    @Test
    void the_counts_page_shows_each_closed_question_with_counts_and_percentages_in_captioned_tables() {
        send(organisation(), "barry", "yes");
        send(Respondent.NONE, "barry", "no");
        send(Respondent.NONE, "other", "yes");

        ConsultationCountsView view = navigate("staff/consultations/" + consultation + "/summary", ConsultationCountsView.class);

        assertThat(view.heading.getText()).startsWith("Counts per question: ");
        assertThat(view.total.getText()).isEqualTo("Counted from 3 responses.");
        Document page = Rendered.document(view.questions);
        Map<String, List<List<String>>> tables = tables(page);
        assertThat(tables.get("Question 1: Where is your GP practice?")).contains(List.of("Barry", "2", "66.7%"),
                List.of("Penarth", "0", "0%"), List.of("Other, please say", "1", "33.3%"));
        assertThat(tables.get("Question 2: In the last year, have you found it hard to get a GP appointment at a time that suits you?"))
                .containsExactly(List.of("Yes", "2", "66.7%"), List.of("No", "1", "33.3%"), List.of("Not sure", "0", "0%"));
        assertThat(tables.get("Question 5: When would you most like to be able to see a GP or practice nurse?"))
                .contains(List.of("Saturday mornings", "3", "100%"));
        assertThat(tables).doesNotContainKey("Question 3: What made it hard?");
        Element first = page.selectFirst("section.question-count");
        assertThat(first.select("caption").text()).startsWith("Answers to question 1:");
        assertThat(first.select("th[scope=col]").eachText()).containsExactly("Answer", "Number of people", "Percentage");
        assertThat(first.select("p").text()).startsWith("3 people answered this question");

        send(Respondent.NONE, "penarth", "yes");
        ConsultationCountsView again = navigate("staff/consultations/" + consultation + "/summary", ConsultationCountsView.class);
        assertThat(tables(Rendered.document(again.questions)).get("Question 1: Where is your GP practice?"))
                .as("a new response is counted the next time the page opens").contains(List.of("Penarth", "1", "25%"));
    }

    @Test
    void in_welsh_the_counts_page_has_welsh_questions_answers_and_captions() {
        send(Respondent.NONE, "barry", "yes");
        send(Respondent.NONE, "penarth", "yes");
        send(Respondent.NONE, "penarth", "no");
        UI.getCurrent().setLocale(WELSH);

        ConsultationCountsView view = navigate("staff/consultations/" + consultation + "/summary", ConsultationCountsView.class);

        assertThat(view.heading.getText()).startsWith("Niferoedd ar gyfer pob cwestiwn: ");
        Document page = Rendered.document(view.questions);
        assertThat(tables(page).get("Cwestiwn 1: Ble mae eich meddygfa?")).contains(List.of("Y Barri", "1", "33.3%"), List.of("Penarth", "2", "66.7%"));
        assertThat(page.selectFirst(".question-count caption").text()).startsWith("Atebion i gwestiwn 1:");
        assertThat(page.select("#channel-counts").text()).as("how the responses came, in Welsh").contains("Sut daeth yr ymatebion", "Ar-lein");
    }

    @Test
    void filters_are_applied_through_the_address_and_the_total_and_the_links_follow_them() {
        String forOrganisation = send(organisation(), "barry", "yes");
        send(Respondent.NONE, "barry", "no");
        String other = send(Respondent.NONE, "other", "yes");

        ConsultationResponsesView view = navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);
        assertThat(view.total.getText()).isEqualTo("3 responses in all.");
        assertThat(view.filters.answer.options()).extracting(o -> o.text())
                .contains("Q1. Where is your GP practice?: Barry", "Q1. Where is your GP practice?: Other, please say",
                        "Q8. Put these in order of how much they matter to you: First choice: A short journey",
                        "Q9. How far do you agree with each of these?: I could get to Barry on a weekday evening: Agree");
        view.filters.respondingAs.setValue("organisation");
        click(view.filters.apply);

        ConsultationResponsesView filtered = (ConsultationResponsesView) getCurrentView();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString()).isEqualTo("as=organisation");
        assertThat(filtered.total.getText()).isEqualTo("1 response matches these filters (3 in all).");
        assertThat(Rendered.document(filtered.table).select("tbody tr td:first-child").eachText()).containsExactly(forOrganisation);
        assertThat(filtered.filters.respondingAs.getValue()).as("the filter is shown as chosen").isEqualTo("organisation");
        assertThat(filtered.download.getText()).isEqualTo("Download these responses (CSV)");
        assertThat(filtered.downloadOds.getText()).isEqualTo("Download these responses (OpenDocument spreadsheet, ODS)");
        assertThat(filtered.summaryLink.getHref()).isEqualTo("staff/consultations/" + consultation + "/summary?as=organisation");

        // a bookmarked address: an answer to a closed question and a channel
        UI.getCurrent().navigate("staff/consultations/" + consultation + "/responses",
                QueryParameters.simple(Map.of("answer", id("practice-area") + ":other", "channel", "online")));
        ConsultationResponsesView bookmarked = (ConsultationResponsesView) getCurrentView();
        assertThat(bookmarked.total.getText()).isEqualTo("1 response matches these filters (3 in all).");
        assertThat(Rendered.document(bookmarked.table).select("tbody tr td:first-child").eachText()).containsExactly(other);
        assertThat(bookmarked.filters.answer.getValue()).isEqualTo(id("practice-area") + ":other");

        // dates: today only, then from tomorrow
        LocalDate today = jdbc.sql("SELECT submitted_at FROM consultation_response WHERE reference = ?").param(other)
                .query(java.time.LocalDateTime.class).single().atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate();
        bookmarked.filters.answer.setValue("");
        bookmarked.filters.from.setValue(today.minusDays(1).toString());
        bookmarked.filters.to.setValue(today.plusDays(1).toString());
        click(bookmarked.filters.apply);
        ConsultationResponsesView dated = (ConsultationResponsesView) getCurrentView();
        assertThat(dated.total.getText()).isEqualTo("3 responses match these filters (3 in all).");
        dated.filters.from.setValue(today.plusDays(2).toString());
        dated.filters.to.setValue("");
        click(dated.filters.apply);
        ConsultationResponsesView none = (ConsultationResponsesView) getCurrentView();
        assertThat(none.total.getText()).isEqualTo("No responses match these filters (3 in all).");
        assertThat(none.filters.clear.getHref()).isEqualTo("staff/consultations/" + consultation + "/responses");
    }

    @Test
    void a_date_that_cannot_be_read_or_an_end_before_the_start_is_named_beside_the_field_and_in_the_error_summary() {
        send(Respondent.NONE, "barry", "yes");

        UI.getCurrent().navigate("staff/consultations/" + consultation + "/responses",
                QueryParameters.simple(Map.of("from", "2026-02-30", "to", "2026-01-01x")));
        ConsultationResponsesView view = (ConsultationResponsesView) getCurrentView();

        assertThat(view.getPageTitle()).startsWith("Error: Responses: ");
        assertThat(view.filters.errors.isVisible()).isTrue();
        Document summary = Rendered.document(view.filters.errors);
        assertThat(summary.select("a[href=#filter-from]").text()).isEqualTo("Enter the ‘sent from’ date as a real date, for example 27 3 2026");
        assertThat(summary.select("a[href=#filter-to]").text()).startsWith("Enter the ‘sent up to’ date");
        Document filters = Rendered.document(view.filters);
        assertThat(filters.select("#filter-from-error").text()).isEqualTo("Error: Enter the ‘sent from’ date as a real date, for example 27 3 2026");
        assertThat(filters.select("#filter-from").attr("aria-describedby")).isEqualTo("filter-from-error");
        assertThat(view.filters.from.getValue()).as("what was given is kept").isEqualTo("2026-02-30");
        assertThat(view.total.getText()).as("the rest of the page still works").isEqualTo("1 response in all.");

        UI.getCurrent().navigate("staff/consultations/" + consultation + "/responses",
                QueryParameters.simple(Map.of("from", "2026-03-10", "to", "2026-03-01")));
        ConsultationResponsesView backwards = (ConsultationResponsesView) getCurrentView();
        assertThat(Rendered.document(backwards.filters).select("#filter-to-error").text())
                .isEqualTo("Error: The ‘sent up to’ date must be the same as or after the ‘sent from’ date");
        assertThat(backwards.filters.errors.getId()).contains(ErrorSummary.ID);
    }

    private void equalityRecords(int count, String question, String category) {
        for (int i = 0; i < count; i++) {
            String record = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO equality_record (id, consultation_id, recorded_on) VALUES (?, ?, ?)")
                    .params(record, consultation, LocalDate.of(2026, 3, 1)).update();
            jdbc.sql("INSERT INTO equality_answer (record_id, question, category) VALUES (?, ?, ?)").params(record, question, category).update();
        }
    }

    @Test
    void the_equality_report_page_shows_counts_per_question_with_small_counts_hidden_and_why_and_the_reading_is_audited() {
        equalityRecords(7, "age", "35-44");
        equalityRecords(2, "age", "45-54");
        equalityRecords(6, "age", "55-64");
        equalityRecords(12, "welsh-speaker", "yes");

        EqualityReportView view = navigate("staff/consultations/" + consultation + "/equality", EqualityReportView.class);

        assertThat(view.heading.getText()).startsWith("Equality report: ");
        assertThat(view.people.getText()).isEqualTo("27 people answered one or more equality questions.");
        assertThat(Rendered.page().select(".suppression-explanation").text()).contains("shown as ‘fewer than 5’");
        Document questions = Rendered.document(view.questions);
        Element age = questions.select("section.equality-question").stream().filter(s -> s.selectFirst("h2").text().equals("What is your age?"))
                .findFirst().orElseThrow();
        List<List<String>> rows = age.select("tbody tr").stream().map(r -> r.select("td").eachText()).toList();
        assertThat(rows).contains(List.of("35 to 44", "7"), List.of("45 to 54", "Fewer than 5"), List.of("55 to 64", "Fewer than 5"),
                List.of("Under 16", "0"));
        assertThat(age.select("caption").text()).isEqualTo("Number of people for each answer: What is your age?");
        assertThat(view.download.getText()).isEqualTo("Download the equality report (OpenDocument spreadsheet, ODS)");
        assertThat(audit.search(new AuditFilter(null, null, AuditAction.EQUALITY_REPORT_VIEWED, null, GP), 10))
                .singleElement().satisfies(e -> assertThat(e.actor().name()).isEqualTo("analyst-in-test"));

        UI.getCurrent().setLocale(WELSH);
        EqualityReportView welsh = navigate("staff/consultations/" + consultation + "/equality", EqualityReportView.class);
        assertThat(Rendered.document(welsh.questions).text()).contains("45 i 54 Llai na 5");
    }

    @Test
    void an_unknown_consultation_has_no_counts_or_equality_report() {
        UI.getCurrent().navigate("staff/consultations/999999999/summary");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);
        UI.getCurrent().navigate("staff/consultations/999999999/equality");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);
    }
}
