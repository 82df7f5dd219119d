package uk.takingpart.consultation;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;
import uk.takingpart.base.text.OdsWriter;

/**
 * Who took part, in aggregate: for one consultation, how many people chose each category of each
 * equality monitoring question ("Prefer not to say" included). Counts read only the equality
 * records, which are kept apart from responses. So that nobody can be picked out, any count from 1
 * to 4 is suppressed, and where that leaves exactly one suppressed count in a question the next
 * smallest is suppressed too, so the first cannot be worked out by subtraction.
 */
@Service
public class EqualityReport {
    /** The smallest count shown; 1 to {@code MIN_SHOWN - 1} are suppressed (0 is shown). */
    public static final int MIN_SHOWN = 5;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EqualityReport(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One category's count, or suppressed (count null). */
    public record Cell(String category, Integer count) {
        public boolean suppressed() {
            return count == null;
        }
    }

    /** One question's categories, in the question's order. */
    public record QuestionCounts(String question, List<Cell> cells) {
        public Cell cell(String category) {
            return cells.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
        }
    }

    /** @param people how many people answered any equality question (null when suppressed) */
    public record Report(long consultationId, Integer people, List<QuestionCounts> questions) {
        public QuestionCounts question(String code) {
            return questions.stream().filter(q -> q.question().equals(code)).findFirst().orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Report report(long consultationId) {
        int people = jdbc.sql("SELECT COUNT(*) FROM equality_record WHERE consultation_id = ?").param(consultationId)
                .query(Integer.class).single();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT a.question, a.category, COUNT(*) FROM equality_answer a JOIN equality_record r ON r.id = a.record_id
                WHERE r.consultation_id = ? GROUP BY a.question, a.category""")
                .param(consultationId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        List<QuestionCounts> questions = new ArrayList<>();
        for (EqualityMonitoring.Question question : EqualityMonitoring.QUESTIONS) {
            Map<String, Integer> byCategory = new LinkedHashMap<>();
            Map<String, Integer> found = counts.getOrDefault(question.code(), Map.of());
            question.categories().forEach(c -> byCategory.put(c, found.getOrDefault(c, 0)));
            questions.add(new QuestionCounts(question.code(), suppress(byCategory)));
        }
        return new Report(consultationId, people > 0 && people < MIN_SHOWN ? null : people, questions);
    }

    /**
     * The report as staff read it on its page: the same counts, with the reading recorded in the
     * audit trail (who and which consultation; nothing about anyone who took part). Empty when
     * there is no such consultation.
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<Report> read(long consultationId, String staff) {
        Optional<String> slug = slug(consultationId);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        Report report = report(consultationId);
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.EQUALITY_REPORT_VIEWED, "consultation", Long.toString(consultationId),
                slug.get(), "Equality report for the consultation " + slug.get() + " read"));
        return Optional.of(report);
    }

    /**
     * The report as an OpenDocument spreadsheet: one sheet, a block per question (its categories,
     * counts and shares), a suppressed count written as {@code words} says ("fewer than 5"), and a
     * note on suppression first. {@code words} gives the text of a translation key (the staff
     * member's language, looked up in advance). Audited. False when there is no such consultation.
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public boolean exportOds(long consultationId, OutputStream out, Function<String, String> words, String staff) {
        Optional<String> slug = slug(consultationId);
        if (slug.isEmpty()) {
            return false;
        }
        Report report = report(consultationId);
        String suppressed = words.apply("consultation.staff.equality.suppressed");
        try (OdsWriter ods = new OdsWriter(out)) {
            ods.sheet(words.apply("consultation.staff.equality.sheet"));
            ods.row(words.apply("consultation.staff.equality.explanation"));
            ods.row(words.apply("consultation.staff.equality.people-heading"), report.people() == null ? suppressed : report.people());
            for (QuestionCounts question : report.questions()) {
                EqualityMonitoring.Question asked = EqualityMonitoring.question(question.question()).orElseThrow();
                ods.row();
                ods.headings(List.of(words.apply(asked.questionKey()), words.apply("consultation.staff.equality.column.count")));
                for (Cell cell : question.cells()) {
                    ods.row(words.apply(asked.categoryKey(cell.category())), cell.suppressed() ? suppressed : cell.count());
                }
            }
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.EQUALITY_REPORT_EXPORTED, "consultation", Long.toString(consultationId),
                slug.get(), "Equality report for the consultation " + slug.get() + " downloaded as ODS"));
        return true;
    }

    /** Every translation key {@link #exportOds} asks for. */
    public static List<String> exportKeys() {
        List<String> keys = new ArrayList<>(List.of("consultation.staff.equality.suppressed", "consultation.staff.equality.sheet",
                "consultation.staff.equality.explanation", "consultation.staff.equality.people-heading",
                "consultation.staff.equality.column.count"));
        for (EqualityMonitoring.Question q : EqualityMonitoring.QUESTIONS) {
            keys.add(q.questionKey());
            q.categories().forEach(c -> keys.add(q.categoryKey(c)));
        }
        return keys;
    }

    private Optional<String> slug(long consultationId) {
        return jdbc.sql("SELECT a.slug FROM consultation c JOIN activity a ON a.id = c.activity_id WHERE c.id = ?")
                .param(consultationId).query(String.class).optional();
    }

    /** The counts with 1 to 4 suppressed, and the next smallest too where only one would be. */
    static List<Cell> suppress(Map<String, Integer> counts) {
        List<String> hidden = new ArrayList<>();
        counts.forEach((category, count) -> {
            if (count > 0 && count < MIN_SHOWN) {
                hidden.add(category);
            }
        });
        if (hidden.size() == 1) {
            // the complement: the smallest other count (one above zero first), so the hidden one cannot be worked out
            counts.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()))
                    .min(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(e -> e.getValue() == 0).thenComparing(Map.Entry::getValue))
                    .ifPresent(e -> hidden.add(e.getKey()));
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((category, count) -> cells.add(new Cell(category, hidden.contains(category) ? null : count)));
        return cells;
    }
}
