package uk.takingpart.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire to save, written as code (the demo, tests; the staff builder later): sections
 * of questions with their options and words in any languages. {@link QuestionnaireStore} checks
 * that codes are unique and that every condition refers to an earlier question and a value it
 * can take.
 */
public final class QuestionnaireDefinition {
    final String code;
    final Wording wording = new Wording();
    final List<SectionDefinition> sections = new ArrayList<>();

    public QuestionnaireDefinition(String code) {
        this.code = code;
    }

    /** Fields: {@code title}, {@code introduction}. */
    public QuestionnaireDefinition text(String field, String english, String welsh) {
        wording.bilingual(field, english, welsh);
        return this;
    }

    public Wording wording() {
        return wording;
    }

    public SectionDefinition section(String code) {
        SectionDefinition section = new SectionDefinition(code);
        sections.add(section);
        return section;
    }

    /** A section: fields {@code title}, {@code introduction}. */
    public static final class SectionDefinition {
        final String code;
        final Wording wording = new Wording();
        final List<QuestionDefinition> questions = new ArrayList<>();

        SectionDefinition(String code) {
            this.code = code;
        }

        public SectionDefinition text(String field, String english, String welsh) {
            wording.bilingual(field, english, welsh);
            return this;
        }

        public Wording wording() {
            return wording;
        }

        /** A question worded in English and Welsh (field {@code text}). */
        public QuestionDefinition question(String code, QuestionType type, String english, String welsh) {
            QuestionDefinition question = new QuestionDefinition(code, type);
            question.wording.bilingual("text", english, welsh);
            questions.add(question);
            return question;
        }
    }

    /** A question: fields {@code text}, {@code help}; limits as its type needs them. */
    public static final class QuestionDefinition {
        final String code;
        final QuestionType type;
        final Wording wording = new Wording();
        final List<OptionDefinition> options = new ArrayList<>();
        boolean optional;
        boolean otherAllowed;
        Integer minChoices;
        Integer maxChoices;
        Integer maxLength;
        Long minValue;
        Long maxValue;
        LocalDate earliestDate;
        LocalDate latestDate;
        String shownIfQuestion;
        String shownIfValue;

        QuestionDefinition(String code, QuestionType type) {
            this.code = code;
            this.type = type;
        }

        public Wording wording() {
            return wording;
        }

        public QuestionDefinition help(String english, String welsh) {
            wording.bilingual("help", english, welsh);
            return this;
        }

        public QuestionDefinition optional() {
            this.optional = true;
            return this;
        }

        /** Single choice: adds "Other, please say" with a text box. */
        public QuestionDefinition other() {
            this.otherAllowed = true;
            return this;
        }

        public QuestionDefinition choices(Integer min, Integer max) {
            this.minChoices = min;
            this.maxChoices = max;
            return this;
        }

        public QuestionDefinition maxLength(int max) {
            this.maxLength = max;
            return this;
        }

        public QuestionDefinition range(Long min, Long max) {
            this.minValue = min;
            this.maxValue = max;
            return this;
        }

        public QuestionDefinition dates(LocalDate earliest, LocalDate latest) {
            this.earliestDate = earliest;
            this.latestDate = latest;
            return this;
        }

        /** Show this question only when the answer to the earlier question {@code questionCode} includes {@code value}. */
        public QuestionDefinition shownIf(String questionCode, String value) {
            this.shownIfQuestion = questionCode;
            this.shownIfValue = value;
            return this;
        }

        /** An option (or, for a grid, a statement) worded in English and Welsh. */
        public QuestionDefinition option(String code, String english, String welsh) {
            OptionDefinition option = new OptionDefinition(code);
            option.wording.bilingual("text", english, welsh);
            options.add(option);
            return this;
        }

        /** The option last added, to word it in another language. */
        public Wording lastOption() {
            return options.getLast().wording;
        }
    }

    static final class OptionDefinition {
        final String code;
        final Wording wording = new Wording();

        OptionDefinition(String code) {
            this.code = code;
        }
    }
}
