package uk.takingpart.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultation's questionnaire as the staff builder edits it: every section, question and
 * option in order, with its words in every language (language code to text), its limits and its
 * condition. {@code questionnaireId} is null while the consultation has none; {@code version}
 * is the questionnaire's version for optimistic locking; {@code responded} says whether anyone
 * has responded, after which only wording may change.
 */
public record QuestionnaireOutline(long consultationId, String slug, Long questionnaireId, long version, boolean responded,
                                   List<SectionDraft> sections) {
    public QuestionnaireOutline {
        sections = List.copyOf(sections);
    }

    /** Every question in order, whatever section it is in. */
    public List<QuestionDraft> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<QuestionDraft> question(long id) {
        return questions().stream().filter(q -> q.id() != null && q.id() == id).findFirst();
    }

    public Optional<SectionDraft> section(long id) {
        return sections.stream().filter(s -> s.id() != null && s.id() == id).findFirst();
    }

    /** A question's number in the whole questionnaire, from 1 (0 when it is not in it). */
    public int number(long questionId) {
        List<QuestionDraft> all = questions();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() != null && all.get(i).id() == questionId) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The questions before one (all of them for a new question at the end of a section), which a condition may name. */
    public List<QuestionDraft> before(Long questionId, long sectionId) {
        List<QuestionDraft> earlier = new ArrayList<>();
        for (SectionDraft s : sections) {
            for (QuestionDraft q : s.questions()) {
                if (questionId != null && q.id() != null && q.id().longValue() == questionId) {
                    return earlier;
                }
                earlier.add(q);
            }
            if (questionId == null && s.id() != null && s.id() == sectionId) {
                return earlier;
            }
        }
        return earlier;
    }

    /** A section: words by field ({@code title}, {@code introduction}) are language code to text. */
    public record SectionDraft(Long id, String code, Map<String, String> title, Map<String, String> introduction,
                               List<QuestionDraft> questions) {
        public SectionDraft {
            title = Map.copyOf(title);
            introduction = Map.copyOf(introduction);
            questions = List.copyOf(questions);
        }

        /** A new section with these words and no questions. */
        public static SectionDraft of(Map<String, String> title, Map<String, String> introduction) {
            return new SectionDraft(null, null, title, introduction, List.of());
        }

        SectionDraft withQuestions(List<QuestionDraft> questions) {
            return new SectionDraft(id, code, title, introduction, questions);
        }

        SectionDraft withWords(Map<String, String> title, Map<String, String> introduction) {
            return new SectionDraft(id, code, title, introduction, questions);
        }
    }

    /**
     * A question. Limits that do not apply to the type are null; {@code shownIfQuestion} (an
     * earlier question's id) and {@code shownIfValue} make it conditional.
     */
    public record QuestionDraft(Long id, String code, QuestionType type, Map<String, String> text, Map<String, String> help,
                                boolean optional, boolean otherAllowed, Integer minChoices, Integer maxChoices, Integer maxLength,
                                Long minValue, Long maxValue, LocalDate earliestDate, LocalDate latestDate,
                                List<OptionDraft> options, Long shownIfQuestion, String shownIfValue) {
        public QuestionDraft {
            text = Map.copyOf(text);
            help = Map.copyOf(help);
            options = options == null ? List.of() : List.copyOf(options);
        }

        /** The values a condition on this question can test: its options (and "other"), or its type's fixed values. */
        public List<String> values() {
            if (type == null) {
                return List.of();
            }
            if (type.fixedValues() != null) {
                return type.fixedValues();
            }
            if (!type.hasOptions()) {
                return List.of();
            }
            List<String> values = new ArrayList<>(options.stream().map(OptionDraft::code).filter(c -> c != null).toList());
            if (otherAllowed && type == QuestionType.SINGLE_CHOICE) {
                values.add(QuestionType.OTHER);
            }
            return values;
        }

        /** Whether another question's condition can name this one. */
        public boolean canBeCondition() {
            return !values().isEmpty() && type != QuestionType.RANKING;
        }

        /** The same question with other words (the structure unchanged). */
        QuestionDraft withCode(String newCode) {
            return new QuestionDraft(id, newCode, type, text, help, optional, otherAllowed, minChoices, maxChoices, maxLength,
                    minValue, maxValue, earliestDate, latestDate, options, shownIfQuestion, shownIfValue);
        }
    }

    /** An option of a choice or ranking question, or a statement of a grid. */
    public record OptionDraft(Long id, String code, Map<String, String> text) {
        public OptionDraft {
            text = Map.copyOf(text);
        }
    }
}
