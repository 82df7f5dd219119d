package uk.takingpart.consultation;

import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The export benchmark (not a timed test; skipped unless {@code -Dbench.exports=true}): puts
 * 10,000 and then 100,000 responses to the 12-question demo GP consultation straight into the
 * database, then prints how long the CSV and the ODS downloads take and the heap in use at
 * their peak (sampled every 20 ms), so one can see the heap does not grow with the number of
 * responses. Run:
 * {@code ./mvnw -o test -Dtest=ExportBenchmark -Dbench.exports=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "bench.exports", matches = "true")
@WithMockUser(username = "benchmark", roles = "ANALYST")
class ExportBenchmark {
    private static final String GP = "gp-evening-and-saturday-appointments";
    /** References of benchmark responses start with B, a letter real references never use. */
    private static final String PREFIX = "B";

    @Autowired ResponseAdministration administration;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;
    @Autowired I18NProvider translations;

    @AfterEach
    void deleteTheResponses() {
        jdbc.sql("DELETE FROM consultation_response WHERE reference LIKE 'B%'").update();
    }

    @Test
    void csv_and_ods_exports_of_ten_thousand_and_a_hundred_thousand_responses() throws Exception {
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        for (int responses : Integer.getInteger("bench.responses") == null ? new int[] {10_000, 100_000} : new int[] {Integer.getInteger("bench.responses")}) {
            deleteTheResponses();
            insert(consultation, questionnaire, responses);
            // as the responses page does: the English words looked up once, before the download
            java.util.Map<String, String> words = new java.util.HashMap<>();
            ResponseAdministration.exportKeys().forEach(key -> words.put(key, translations.getTranslation(key, Locale.ENGLISH)));
            Function<String, String> english = words::get;
            measure("CSV", responses, () -> administration.exportCsv(consultation, ResponseFilter.NONE, Writer.nullWriter(), english, "benchmark"));
            measure("Counts per question", responses, () -> administration.counts(consultation, ResponseFilter.NONE, Locale.ENGLISH));
            measure("ODS", responses, () -> administration.exportOds(consultation, ResponseFilter.NONE, OutputStream.nullOutputStream(),
                    english, "benchmark"));
        }
    }

    private void insert(long consultation, Questionnaire questionnaire, int responses) {
        long start = System.nanoTime();
        jdbc.sql("INSERT INTO consultation_response (consultation_id, reference, request_key, submitted_at, language, channel)"
                        + " SELECT ?, CONCAT('" + PREFIX + "', LPAD(seq, 8, '0')), CONCAT('bench-', seq), ?, IF(seq % 5 = 0, 'cy', 'en'), 'online'"
                        + " FROM seq_1_to_" + responses)
                .params(consultation, LocalDateTime.of(2026, 3, 1, 9, 0)).update();
        for (Question q : questionnaire.questions()) {
            String codes = switch (q.type()) {
                case SINGLE_CHOICE -> q.options().getFirst().code();
                case YES_NO_NOT_SURE -> "yes";
                case AGREEMENT_SCALE -> "agree";
                case MULTIPLE_CHOICE -> q.options().get(0).code() + "," + q.options().get(1).code();
                case RANKING -> String.join(",", q.options().stream().map(QuestionOption::code).toList());
                case AGREEMENT_GRID -> String.join(",", q.options().stream().map(o -> o.code() + "=agree").toList());
                default -> null;
            };
            String text = switch (q.type()) {
                case SHORT_TEXT, LONG_TEXT -> "Byddai’n well gen i’r Bont-faen; the bus stops at six and I work until half five.";
                default -> null;
            };
            Long number = q.type() == QuestionType.NUMBER ? 30L : null;
            java.time.LocalDate date = q.type() == QuestionType.DATE ? java.time.LocalDate.of(2026, 2, 14) : null;
            jdbc.sql("INSERT INTO consultation_answer (response_id, question_id, codes, text_value, number_value, date_value)"
                            + " SELECT id, ?, ?, ?, ?, ? FROM consultation_response WHERE reference LIKE 'B%'")
                    .params(q.id(), codes, text, number, date).update();
        }
        System.out.printf("[export benchmark] %,d responses to %d questions put in the database in %.1f s%n", responses,
                questionnaire.questions().size(), (System.nanoTime() - start) / 1e9);
    }

    private static void measure(String what, int responses, Runnable export) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long base = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(base);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        export.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("[export benchmark] %s of %,d responses: %.1f s; heap before %,d MB, peak %,d MB (max %,d MB)%n", what, responses,
                seconds, base >> 20, peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }
}
