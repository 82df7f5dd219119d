package uk.takingpart.consultation.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import uk.takingpart.audit.ActorType;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.ui.StaffNotFoundView;
import uk.takingpart.consultation.Answer;
import uk.takingpart.consultation.AnswerWords;
import uk.takingpart.consultation.ConsultationResponses;
import uk.takingpart.consultation.ConsultationService;
import uk.takingpart.consultation.Questionnaire;
import uk.takingpart.consultation.ResponseAdministration;
import uk.takingpart.testing.Rendered;
import uk.takingpart.testing.StaffBrowserlessTest;

/**
 * An analyst reads a consultation's responses in the back office, one response's answers in
 * words, and downloads them all as CSV; each reading and download is in the audit trail, as is
 * each response sent. Responses go to the open demo consultation and are deleted afterwards.
 */
@SpringBootTest
@WithMockUser(username = "analyst-in-test", roles = "ANALYST")
class ResponseStaffViewsTest extends StaffBrowserlessTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final String WRITTEN = "The surgery shuts at 6.\nI work in Cardiff until 5:30.\n<b>Please</b> open later";
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"click\")";
    private static final String WELSH = "Byddai’n well gen i’r Bont-faen, ŵyr ac ŷd";

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired ResponseAdministration administration;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired I18NProvider translations;
    private final List<String> sent = new ArrayList<>();
    private Questionnaire questionnaire;
    private long consultation;

    @BeforeEach
    void setUp() {
        questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
    }

    @AfterEach
    void deleteTheResponses() {
        for (String reference : sent) {
            jdbc.sql("DELETE FROM consultation_response WHERE reference = ?").param(reference).update();
        }
    }

    private long id(String code) {
        return questionnaire.question(code).orElseThrow().id();
    }

    private String send(Locale language, Map<Long, Answer> answers) {
        ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), language, answers);
        assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
        sent.add(result.reference());
        return result.reference();
    }

    private String sendEveryKindOfAnswer() {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(id("practice-area"), new Answer.Choice("other", "Rhoose"));
        answers.put(id("hard-to-get"), new Answer.Choice("yes", null));
        answers.put(id("what-made-it-hard"), new Answer.Text(WRITTEN));
        answers.put(id("last-tried"), new Answer.Date(LocalDate.of(2026, 3, 27)));
        answers.put(id("best-times"), new Answer.Choices(List.of("evening", "saturday")));
        answers.put(id("agree-option-a"), new Answer.Choice("strongly-agree", null));
        answers.put(id("what-matters"), new Answer.Ranking(List.of("short-journey", "own-team", "any-evening", "book-online")));
        Map<String, String> grid = new LinkedHashMap<>();
        grid.put("get-to-barry", "agree");
        grid.put("get-to-cowbridge", "disagree");
        grid.put("another-practice", "dont-know");
        answers.put(id("statements"), new Answer.Grid(grid));
        answers.put(id("travel-minutes"), new Answer.Number(45));
        answers.put(id("other-comments"), new Answer.Text(FORMULA));
        answers.put(id("organisation"), new Answer.Text(WELSH));
        return send(Locale.forLanguageTag("cy"), answers);
    }

    private String sendShortResponse() {
        return send(Locale.ENGLISH, Map.of(id("practice-area"), new Answer.Choice("barry", null), id("hard-to-get"), new Answer.Choice("no", null)));
    }

    private List<AuditRecord> entries(AuditAction action, String recordId) {
        return audit.search(new AuditFilter(null, null, action, null, GP), 1000).stream()
                .filter(e -> recordId.equals(e.recordId())).toList();
    }

    @Test
    void an_analyst_finds_the_consultation_in_the_menu_and_sees_its_responses_newest_first_with_the_total() {
        String older = sendEveryKindOfAnswer();
        String newer = sendShortResponse();

        ConsultationListView list = navigate("staff/consultations", ConsultationListView.class);
        assertThat(Rendered.page().select("nav a[href=\"staff/consultations\"]").text()).isEqualTo("Consultations");
        Document table = Rendered.document(list.table);
        var row = table.select("tr:has(a[href=\"staff/consultations/" + consultation + "/responses\"])");
        assertThat(row.text()).contains("GP appointments in the evening and on Saturdays", responses.count(consultation) + " responses");

        ConsultationResponsesView view = navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);

        assertThat(view.heading.getText()).startsWith("Responses: ");
        assertThat(view.total.getText()).isEqualTo(responses.count(consultation) + " responses in all.");
        List<String> references = Rendered.document(view.table).select("tbody tr td:first-child").eachText();
        assertThat(references).containsSubsequence(newer, older);
        assertThat(references.getFirst()).as("newest first").isEqualTo(newer);
        var olderRow = Rendered.document(view.table).select("tbody tr:has(a[href=\"staff/responses/" + older + "\"])");
        assertThat(olderRow.text()).contains("Cymraeg", "Online").containsPattern("\\d{1,2} \\p{L}+ \\d{4}");
        assertThat(view.download.getText()).isEqualTo("Download all responses (CSV)");
    }

    @Test
    void a_long_list_of_responses_comes_a_page_at_a_time() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i <= ResponseAdministration.PAGE_SIZE; i++) {
            mine.add(sendShortResponse());
        }

        ConsultationResponsesView first = navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);
        List<String> page1 = Rendered.document(first.table).select("tbody tr td:first-child").eachText();
        assertThat(page1).hasSize(ResponseAdministration.PAGE_SIZE).contains(mine.getLast()).doesNotContain(mine.getFirst());
        assertThat(first.pageNumber.getText()).startsWith("Page 1 of ");
        assertThat(first.previous).isNull();
        assertThat(first.next.getHref()).isEqualTo("staff/consultations/" + consultation + "/responses?page=2");

        UI.getCurrent().navigate("staff/consultations/" + consultation + "/responses", com.vaadin.flow.router.QueryParameters.of("page", "2"));
        ConsultationResponsesView second = (ConsultationResponsesView) getCurrentView();
        List<String> page2 = Rendered.document(second.table).select("tbody tr td:first-child").eachText();
        assertThat(page2).contains(mine.getFirst()).doesNotContainAnyElementsOf(page1);
        assertThat(second.pageNumber.getText()).startsWith("Page 2 of ");
    }

    @Test
    void a_response_shows_every_answer_in_words_and_what_was_typed_as_text_and_the_reading_is_audited() {
        String reference = sendEveryKindOfAnswer();

        ResponseView view = navigate("staff/responses/" + reference, ResponseView.class);

        assertThat(view.heading.getText()).isEqualTo("Response " + reference);
        assertThat(Rendered.text(view.facts)).contains("Cymraeg", "Online");
        Document answers = Rendered.document(view.answers);
        Map<String, String> byQuestion = new LinkedHashMap<>();
        answers.select("section").forEach(s -> byQuestion.put(s.selectFirst("h2").text(), s.select("h2 ~ *").text()));
        assertThat(byQuestion).containsEntry("Question 1: Where is your GP practice?", "Other, please say: Rhoose")
                .containsEntry("Question 2: In the last year, have you found it hard to get a GP appointment at a time that suits you?", "Yes")
                .containsEntry("Question 4: When did you last try to book a GP appointment?", "27 March 2026")
                .containsEntry("Question 5: When would you most like to be able to see a GP or practice nurse?",
                        "Weekday evenings, 6.30pm to 8pm Saturday mornings")
                .containsEntry("Question 6: How far do you agree with option A: each practice opens late one evening a week?", "Strongly agree")
                .containsEntry("Question 7: How far do you agree with option B: two shared sites, in Barry and Cowbridge?", "Not answered")
                .containsEntry("Question 10: How many minutes would you travel, each way, for an evening appointment?", "45");
        assertThat(answers.select("section:contains(Put these in order) ol li").eachText())
                .containsExactly("A short journey", "Seeing my own practice team", "Being able to go on any evening", "Booking online");
        assertThat(answers.select("section:contains(How far do you agree with each) li").eachText())
                .containsExactly("I could get to Barry on a weekday evening: Agree", "I could get to Cowbridge on a Saturday morning: Disagree",
                        "I would be happy to see a GP from another practice: Don’t know");
        var written = answers.select("section:contains(What made it hard) .as-written");
        assertThat(written.first().wholeText()).as("line breaks kept").isEqualTo(WRITTEN);
        assertThat(written.select("b")).as("shown as text, never markup").isEmpty();

        List<AuditRecord> read = entries(AuditAction.RESPONSE_VIEWED, reference);
        assertThat(read).hasSize(1);
        assertThat(read.getFirst().actor().name()).isEqualTo("analyst-in-test");
        assertThat(read.getFirst().summary()).contains(reference, GP).doesNotContain("Rhoose", "Cardiff");
    }

    @Test
    void in_welsh_the_questions_the_words_of_the_answers_and_the_dates_are_welsh() {
        String reference = sendEveryKindOfAnswer();
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));

        ResponseView view = navigate("staff/responses/" + reference, ResponseView.class);

        assertThat(view.heading.getText()).isEqualTo("Ymateb " + reference);
        Document answers = Rendered.document(view.answers);
        Map<String, String> byQuestion = new LinkedHashMap<>();
        answers.select("section").forEach(s -> byQuestion.put(s.selectFirst("h2").text(), s.select("h2 ~ *").text()));
        assertThat(byQuestion).containsEntry("Cwestiwn 1: Ble mae eich meddygfa?", "Arall, dywedwch: Rhoose")
                .containsEntry("Cwestiwn 4: Pryd wnaethoch chi geisio trefnu apwyntiad meddyg teulu ddiwethaf?", "27 Mawrth 2026")
                .containsEntry("Cwestiwn 6: I ba raddau ydych chi’n cytuno ag opsiwn A: pob meddygfa ar agor yn hwyr un noson yr wythnos?",
                        "Cytuno’n gryf");
        assertThat(Rendered.text(view.facts)).contains("Cymraeg", "Ar-lein");
    }

    @Test
    void sending_a_response_is_in_the_audit_trail_by_reference_only() {
        String reference = sendEveryKindOfAnswer();

        List<AuditRecord> submitted = entries(AuditAction.RESPONSE_SUBMITTED, reference);
        assertThat(submitted).hasSize(1);
        assertThat(submitted.getFirst().actor().type()).isEqualTo(ActorType.PUBLIC);
        assertThat(submitted.getFirst().actor().name()).isNull();
        assertThat(submitted.getFirst().summary()).contains(reference).doesNotContain("Rhoose", "Cardiff", "Bont-faen");
    }

    @Test
    void the_download_has_one_row_per_response_with_answers_in_english_words_safe_for_a_spreadsheet() {
        String full = sendEveryKindOfAnswer();
        String small = sendShortResponse();
        navigate("staff/consultations/" + consultation + "/responses", ConsultationResponsesView.class);
        StringWriter out = new StringWriter();

        boolean found = administration.exportCsv(consultation, out, key -> translations.getTranslation(key, Locale.ENGLISH), "analyst-in-test");

        assertThat(found).isTrue();
        String csv = out.toString();
        assertThat(csv).as("byte order mark, so a spreadsheet reads UTF-8").startsWith("\uFEFF");
        String[] lines = csv.substring(1).split("\r\n(?=[A-Z0-9]{8},|$)");
        assertThat(lines[0]).startsWith("reference,submitted_at,language,channel,Q1. Where is your GP practice?,")
                .contains("Q11. Is there anything else you would like to tell us about the options?");
        assertThat(lines[0].split(",(?=\"?Q\\d+\\. )")).hasSize(questionnaire.questions().size() + 1);
        String row = Arrays.stream(lines).filter(l -> l.startsWith(full + ",")).findFirst().orElseThrow();
        assertThat(row).contains(",cy,online,\"Other, please say: Rhoose\",Yes,\"" + WRITTEN + "\",27 March 2026,")
                .contains("Weekday evenings, 6.30pm to 8pm; Saturday mornings")
                .contains("1. A short journey; 2. Seeing my own practice team; 3. Being able to go on any evening; 4. Booking online")
                .contains("I could get to Barry on a weekday evening: Agree; I could get to Cowbridge on a Saturday morning: Disagree")
                .contains(",45,")
                .as("a formula is escaped").contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\"")
                .as("Welsh letters intact").endsWith(",\"" + WELSH + "\"");
        String other = Arrays.stream(lines).filter(l -> l.startsWith(small + ",")).findFirst().orElseThrow();
        assertThat(other).contains(",en,online,Barry,No,,");

        List<AuditRecord> downloads = entries(AuditAction.RESPONSES_EXPORTED, Long.toString(consultation));
        assertThat(downloads).isNotEmpty();
        assertThat(downloads.getFirst().actor().name()).isEqualTo("analyst-in-test");
        assertThat(downloads.getFirst().summary()).contains("CSV").doesNotContain("Rhoose", WELSH);
    }

    @Test
    void the_english_words_the_download_needs_are_all_translated() {
        assertThat(AnswerWords.fixedKeys()).allSatisfy(key -> assertThat(translations.getTranslation(key, Locale.ENGLISH)).doesNotContain(key));
    }

    @Test
    void an_unknown_response_or_consultation_is_the_staff_page_not_found() {
        UI.getCurrent().navigate("staff/responses/NOSUCHREF");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);
        assertThat(Rendered.page().select("h1").text()).isEqualTo("Page not found");

        UI.getCurrent().navigate("staff/responses/" + "ŵ<b>");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);

        UI.getCurrent().navigate("staff/consultations/999999999/responses");
        assertThat(getCurrentView()).isInstanceOf(StaffNotFoundView.class);
    }
}
