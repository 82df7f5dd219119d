package uk.takingpart.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.security.Roles;

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

    EqualityReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
