package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import com.vaadin.flow.i18n.I18NProvider;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditFilter;
import uk.takingpart.audit.AuditRecord;
import uk.takingpart.audit.AuditTrail;

/**
 * Counts per closed question, the filters, and the CSV, ODS and equality report downloads, on the
 * real MariaDB. Each test starts from a consultation with no responses (its existing ones deleted
 * inside the test's transaction) and is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "analyst-in-test", roles = "ANALYST")
class ResponseCountsAndExportsTest {
    private static final String GP = "gp-evening-and-saturday-appointments";
    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final String ORGANISATION = "Cymdeithas Tai’r Fro, Ŵyr ac Ŷd";
    private static final String TYPED = "Byddai’n well gen i’r Bont-faen ŵyr";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired ResponseAdministration administration;
    @Autowired EqualityReport equalityReport;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired I18NProvider translations;
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

    private String english(String key) {
        return translations.getTranslation(key, Locale.ENGLISH);
    }

    private String send(Locale language, Respondent respondent, Map<Long, Answer> answers) {
        ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), language, answers, respondent, Map.of());
        assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
        return result.reference();
    }

    /** Three responses: for an organisation (in Welsh), for themselves, and one who did not say. */
    private List<String> sendThree() {
        Map<Long, Answer> first = new LinkedHashMap<>();
        first.put(id("practice-area"), new Answer.Choice("barry", null));
        first.put(id("hard-to-get"), new Answer.Choice("yes", null));
        first.put(id("what-made-it-hard"), new Answer.Text(TYPED));
        first.put(id("best-times"), new Answer.Choices(List.of("evening", "saturday")));
        first.put(id("agree-option-a"), new Answer.Choice("strongly-agree", null));
        first.put(id("what-matters"), new Answer.Ranking(List.of("short-journey", "own-team", "any-evening", "book-online")));
        first.put(id("statements"), new Answer.Grid(Map.of("get-to-barry", "agree", "get-to-cowbridge", "disagree")));
        Map<Long, Answer> second = new LinkedHashMap<>();
        second.put(id("practice-area"), new Answer.Choice("barry", null));
        second.put(id("hard-to-get"), new Answer.Choice("no", null));
        second.put(id("best-times"), new Answer.Choices(List.of("evening")));
        second.put(id("what-matters"), new Answer.Ranking(List.of("own-team", "short-journey", "any-evening", "book-online")));
        second.put(id("statements"), new Answer.Grid(Map.of("get-to-barry", "agree")));
        Map<Long, Answer> third = new LinkedHashMap<>();
        third.put(id("practice-area"), new Answer.Choice("other", "Rhoose"));
        third.put(id("hard-to-get"), new Answer.Choice("yes", null));
        return List.of(
                send(WELSH, new Respondent("Alex Jones", "alex@example.org", Respondent.ORGANISATION, ORGANISATION, true,
                        List.of("carer"), List.of("read-questions")), first),
                send(Locale.ENGLISH, new Respondent(null, null, Respondent.SELF, null, false, null, null), second),
                send(Locale.ENGLISH, Respondent.NONE, third));
    }

    private AnswerCounts counts(ResponseAdministration.Counts counts, String code) {
        return counts.questions().stream().filter(c -> c.question().code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> byCode(AnswerCounts counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.tallies().forEach(t -> out.put(t.statement() == null ? t.code() : t.statement() + "=" + t.code(), t.count()));
        return out;
    }

    @Test
    void each_closed_question_is_counted_by_option_with_the_share_of_those_who_answered() {
        sendThree();

        ResponseAdministration.Counts counts = administration.counts(consultation, ResponseFilter.NONE, Locale.ENGLISH).orElseThrow();

        assertThat(counts.responses()).isEqualTo(3);
        assertThat(counts.questions()).extracting(c -> c.question().code())
                .containsExactly("practice-area", "hard-to-get", "best-times", "agree-option-a", "agree-option-b", "what-matters", "statements")
                .as("text, number and date questions are not counted");
        AnswerCounts practice = counts(counts, "practice-area");
        assertThat(practice.answered()).isEqualTo(3);
        assertThat(byCode(practice)).containsExactly(Map.entry("barry", 2), Map.entry("penarth", 0), Map.entry("cowbridge", 0),
                Map.entry("llantwit-major", 0), Map.entry("dinas-powys", 0), Map.entry("other", 1));
        assertThat(practice.share(practice.tallies().getFirst())).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(byCode(counts(counts, "hard-to-get"))).containsExactly(Map.entry("yes", 2), Map.entry("no", 1), Map.entry("not-sure", 0));
        AnswerCounts times = counts(counts, "best-times");
        assertThat(times.answered()).isEqualTo(2);
        assertThat(byCode(times)).containsEntry("evening", 2).containsEntry("saturday", 1).containsEntry("daytime", 0);
        assertThat(times.share(times.tallies().stream().filter(t -> t.code().equals("evening")).findFirst().orElseThrow())).isEqualTo(1.0);
        assertThat(byCode(counts(counts, "agree-option-a"))).containsEntry("strongly-agree", 1).containsEntry("agree", 0).hasSize(6);
        assertThat(counts(counts, "agree-option-b").answered()).isZero();

        AnswerCounts ranking = counts(counts, "what-matters");
        assertThat(byCode(ranking)).as("first choices").containsExactly(Map.entry("own-team", 1), Map.entry("any-evening", 0),
                Map.entry("short-journey", 1), Map.entry("book-online", 0));
        Map<String, Double> average = new LinkedHashMap<>();
        ranking.tallies().forEach(t -> average.put(t.code(), t.averagePosition()));
        assertThat(average).containsEntry("own-team", 1.5).containsEntry("short-journey", 1.5).containsEntry("any-evening", 3.0)
                .containsEntry("book-online", 4.0);

        AnswerCounts grid = counts(counts, "statements");
        assertThat(byCode(grid)).containsEntry("get-to-barry=agree", 2).containsEntry("get-to-cowbridge=disagree", 1)
                .containsEntry("another-practice=agree", 0).hasSize(3 * QuestionType.AGREEMENT_POINTS.size());
        AnswerCounts.Tally cowbridge = grid.tallies().stream().filter(t -> t.statement().equals("get-to-cowbridge") && t.code().equals("disagree"))
                .findFirst().orElseThrow();
        assertThat(grid.base(cowbridge)).as("out of those who answered that statement").isEqualTo(1);
        assertThat(grid.share(cowbridge)).isEqualTo(1.0);
    }

    @Test
    void counts_follow_new_responses_as_they_arrive() {
        sendThree();
        int before = counts(administration.counts(consultation, ResponseFilter.NONE, Locale.ENGLISH).orElseThrow(), "hard-to-get")
                .tallies().getFirst().count();
        send(Locale.ENGLISH, Respondent.NONE, Map.of(id("practice-area"), new Answer.Choice("penarth", null),
                id("hard-to-get"), new Answer.Choice("yes", null)));

        AnswerCounts after = counts(administration.counts(consultation, ResponseFilter.NONE, Locale.ENGLISH).orElseThrow(), "hard-to-get");

        assertThat(after.tallies().getFirst().count()).isEqualTo(before + 1);
        assertThat(after.answered()).isEqualTo(4);
    }

    private List<String> listed(ResponseFilter filter) {
        return administration.responses(consultation, filter, 1, Locale.ENGLISH).orElseThrow().responses().stream()
                .map(ResponseAdministration.ResponseRow::reference).toList();
    }

    private static ResponseFilter filter(String... parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        ResponseFilter.Parsed parsed = ResponseFilter.parse(query);
        assertThat(parsed.problems()).isEmpty();
        return parsed.filter();
    }

    @Test
    void each_filter_lets_through_only_the_responses_it_describes_and_the_total_follows() {
        List<String> three = sendThree();
        String organisation = three.get(0);
        String individual = three.get(1);
        String unsaid = three.get(2);

        assertThat(listed(filter("as", "organisation"))).containsExactly(organisation);
        assertThat(listed(filter("as", "self"))).containsExactly(individual);
        assertThat(listed(filter("channel", "online"))).containsExactlyInAnyOrder(organisation, individual, unsaid);
        assertThat(listed(filter("channel", "paper"))).isEmpty();
        assertThat(listed(filter("answer", id("hard-to-get") + ":yes"))).containsExactlyInAnyOrder(organisation, unsaid);
        assertThat(listed(filter("answer", id("best-times") + ":saturday"))).as("one of several choices").containsExactly(organisation);
        assertThat(listed(filter("answer", id("practice-area") + ":other"))).containsExactly(unsaid);
        assertThat(listed(filter("answer", id("what-matters") + ":own-team"))).as("a ranking's first choice only").containsExactly(individual);
        assertThat(listed(filter("answer", id("statements") + ":get-to-barry=agree"))).containsExactlyInAnyOrder(organisation, individual);

        LocalDateTime sent = jdbc.sql("SELECT submitted_at FROM consultation_response WHERE reference = ?").param(organisation)
                .query(LocalDateTime.class).single();
        LocalDate day = sent.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
        assertThat(listed(filter("from", day.toString(), "to", day.toString()))).hasSize(3);
        assertThat(listed(filter("from", day.plusDays(1).toString()))).isEmpty();
        assertThat(listed(filter("to", day.minusDays(1).toString()))).isEmpty();

        ResponseFilter both = filter("as", "organisation", "answer", id("hard-to-get") + ":yes");
        ResponseAdministration.ResponsePage page = administration.responses(consultation, both, 1, Locale.ENGLISH).orElseThrow();
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.consultation().responses()).as("all of them").isEqualTo(3);
        ResponseAdministration.Counts counts = administration.counts(consultation, both, Locale.ENGLISH).orElseThrow();
        assertThat(counts.responses()).isEqualTo(1);
        assertThat(byCode(counts(counts, "practice-area"))).containsEntry("barry", 1).containsEntry("other", 0);
    }

    @Test
    void a_date_that_cannot_be_read_or_an_end_before_the_start_is_a_problem_named_for_its_field() {
        ResponseFilter.Parsed parsed = ResponseFilter.parse(Map.of("from", List.of("2026-02-30"), "to", List.of("yesterday"),
                "as", List.of("<script>"), "answer", List.of("x:y")));
        assertThat(parsed.problems()).containsEntry("from", "consultation.staff.filters.error.from-invalid")
                .containsEntry("to", "consultation.staff.filters.error.to-invalid");
        assertThat(parsed.filter()).isEqualTo(ResponseFilter.NONE);

        ResponseFilter.Parsed backwards = ResponseFilter.parse(Map.of("from", List.of("2026-03-10"), "to", List.of("2026-03-01")));
        assertThat(backwards.problems()).containsOnlyKeys("to");
        assertThat(backwards.filter().from()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void the_csv_download_follows_the_filter() {
        List<String> three = sendThree();
        StringWriter out = new StringWriter();

        administration.exportCsv(consultation, filter("as", "organisation"), out, this::english, "analyst-in-test");

        String[] lines = out.toString().substring(1).split("\r\n(?=[A-Z0-9]{8},|$)");
        assertThat(lines[0]).startsWith("reference,submitted_at,language,channel,Q1.");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(three.get(0) + ",").contains(TYPED);
        List<AuditRecord> downloads = audit.search(new AuditFilter(null, null, AuditAction.RESPONSES_EXPORTED, null, GP), 10);
        assertThat(downloads.getFirst().summary()).contains("CSV", "1 response(s)", "filtered");
    }

    private static Document contentOf(byte[] ods, List<String> entries) throws Exception {
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.add(entry.getName() + (entry.getMethod() == ZipEntry.STORED ? " (stored)" : ""));
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals("mimetype")) {
                    assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
                }
                if (entry.getName().equals("content.xml")) {
                    content = bytes;
                }
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    /** Each sheet's rows, each row its cells' text (lines joined with a line break). */
    private static Map<String, List<List<String>>> sheets(Document content) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            List<List<String>> rows = new ArrayList<>();
            NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                List<String> cells = new ArrayList<>();
                NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
                for (int c = 0; c < cellNodes.getLength(); c++) {
                    NodeList paragraphs = ((Element) cellNodes.item(c)).getElementsByTagNameNS(TEXT, "p");
                    List<String> lines = new ArrayList<>();
                    for (int p = 0; p < paragraphs.getLength(); p++) {
                        lines.add(paragraphs.item(p).getTextContent());
                    }
                    cells.add(String.join("\n", lines));
                }
                rows.add(cells);
            }
            sheets.put(table.getAttributeNS(TABLE, "name"), rows);
        }
        return sheets;
    }

    @Test
    void the_ods_download_is_a_real_spreadsheet_of_responses_counts_and_themes_without_names_or_equality_data() throws Exception {
        List<String> three = sendThree();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean found = administration.exportOds(consultation, ResponseFilter.NONE, out, this::english, "analyst-in-test");

        assertThat(found).isTrue();
        List<String> entries = new ArrayList<>();
        Document content = contentOf(out.toByteArray(), entries);
        assertThat(entries.getFirst()).as("mimetype first, uncompressed").isEqualTo("mimetype (stored)");
        assertThat(entries).contains("META-INF/manifest.xml", "meta.xml", "styles.xml", "content.xml");
        Map<String, List<List<String>>> sheets = sheets(content);
        assertThat(sheets.keySet()).containsExactly("Responses", "Counts per question", "Themes");

        List<List<String>> rows = sheets.get("Responses");
        assertThat(rows.getFirst()).startsWith("Reference", "Sent", "Language", "How it came", "Responding as", "Organisation",
                "Someone helped them respond", "Who helped", "How they helped", "Q1. Where is your GP practice?");
        assertThat(rows.getFirst()).hasSize(9 + questionnaire.questions().size());
        assertThat(rows).hasSize(4);
        List<String> organisation = rows.stream().filter(r -> r.getFirst().equals(three.get(0))).findFirst().orElseThrow();
        assertThat(organisation).contains("cy", "online", "On behalf of an organisation", ORGANISATION, "Yes", "A carer",
                "They read the questions to me", "Barry", "Weekday evenings, 6.30pm to 8pm; Saturday mornings", TYPED);
        String everything = sheets.toString();
        assertThat(everything).as("names and emails are read on the response page, not exported").doesNotContain("Alex Jones", "alex@example.org");

        List<List<String>> counts = sheets.get("Counts per question");
        assertThat(counts.getFirst()).startsWith("Question", "Statement", "Answer", "Number of people", "Percentage");
        assertThat(counts).anySatisfy(r -> assertThat(r).startsWith("Q1. Where is your GP practice?", "", "Barry", "2", "66.7%"));
        assertThat(counts).anySatisfy(r -> assertThat(r).startsWith("Q9. How far do you agree with each of these?",
                "I could get to Barry on a weekday evening", "Agree", "2", "100.0%"));
        assertThat(sheets.get("Themes")).containsExactly(List.of("Theme", "Number of people", "Answers in the theme", "Description",
                        "Quote", "Question quoted", "Reference"),
                List.of("No themes yet: staff have not tagged any answers with themes."));

        // and a spreadsheet library opens it and reads the cells
        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(out.toByteArray()));
        assertThat(spreadsheet.getSheets()).extracting(Sheet::getName).containsExactly("Responses", "Counts per question", "Themes");
        Sheet responsesSheet = spreadsheet.getSheet(0);
        assertThat(responsesSheet.getRange(0, 0).getValue()).isEqualTo("Reference");
        List<Object> column = new ArrayList<>();
        for (int r = 1; r < responsesSheet.getMaxRows(); r++) {
            column.add(responsesSheet.getRange(r, 5).getValue());
        }
        assertThat(column).contains(ORGANISATION);

        List<AuditRecord> downloads = audit.search(new AuditFilter(null, null, AuditAction.RESPONSES_EXPORTED, null, GP), 10);
        assertThat(downloads.getFirst().summary()).contains("ODS", "3 response(s)").doesNotContain(ORGANISATION, "Alex");
        assertThat(downloads.getFirst().actor().name()).isEqualTo("analyst-in-test");
    }

    @Test
    void the_ods_download_follows_the_filter() throws Exception {
        List<String> three = sendThree();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        administration.exportOds(consultation, filter("as", "self"), out, this::english, "analyst-in-test");

        Map<String, List<List<String>>> sheets = sheets(contentOf(out.toByteArray(), new ArrayList<>()));
        assertThat(sheets.get("Responses")).hasSize(2);
        assertThat(sheets.get("Responses").get(1).getFirst()).isEqualTo(three.get(1));
        assertThat(sheets.get("Counts per question")).anySatisfy(r -> assertThat(r).startsWith("Q1. Where is your GP practice?", "", "Barry", "1", "100.0%"));
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
    void the_equality_report_downloads_as_a_spreadsheet_with_small_counts_and_their_complement_hidden() throws Exception {
        equalityRecords(7, "age", "35-44");
        equalityRecords(2, "age", "45-54");
        equalityRecords(6, "age", "55-64");
        equalityRecords(9, "welsh-speaker", "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean found = equalityReport.exportOds(consultation, out, key -> translations.getTranslation(key, WELSH), "analyst-in-test");

        assertThat(found).isTrue();
        Map<String, List<List<String>>> sheets = sheets(contentOf(out.toByteArray(), new ArrayList<>()));
        List<List<String>> rows = sheets.get("Adroddiad cydraddoldeb");
        assertThat(rows).contains(List.of("Pobl a atebodd un neu fwy o’r cwestiynau cydraddoldeb", "24"));
        assertThat(rows).contains(List.of("35 i 44", "7"), List.of("45 i 54", "Llai na 5"), List.of("55 i 64", "Llai na 5"));
        assertThat(rows.getFirst().getFirst()).contains("llai na 5");
        List<AuditRecord> downloads = audit.search(new AuditFilter(null, null, AuditAction.EQUALITY_REPORT_EXPORTED, null, GP), 10);
        assertThat(downloads).hasSize(1);
        assertThat(downloads.getFirst().summary()).contains("ODS", GP);

        assertThat(equalityReport.read(consultation, "analyst-in-test")).isPresent();
        assertThat(audit.search(new AuditFilter(null, null, AuditAction.EQUALITY_REPORT_VIEWED, null, GP), 10)).hasSize(1);
        assertThat(equalityReport.read(999_999_999L, "analyst-in-test")).isEmpty();
    }
}
