package uk.takingpart.consultation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.takingpart.activity.LocalizedText;

/**
 * A questionnaire in one language, as the response journey uses it: sections in order, each with
 * its questions; every question numbered across the whole questionnaire.
 */
public record Questionnaire(long id, String code, LocalizedText title, LocalizedText introduction,
                            List<QuestionnaireSection> sections) {
    public Questionnaire {
        sections = List.copyOf(sections);
    }

    /** Every question in order, whatever section it is in. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(long id) {
        return questions().stream().filter(q -> q.id() == id).findFirst();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The section a question is in. */
    public QuestionnaireSection sectionOf(Question question) {
        return sections.stream().filter(s -> s.questions().contains(question)).findFirst().orElseThrow();
    }

    /**
     * Whether a question is asked, given the answers so far (by question id): always, unless it
     * has a condition, which holds only if the earlier question was itself asked and its answer
     * includes the value.
     */
    public boolean applies(Question question, Map<Long, Answer> answers) {
        Condition condition = question.shownIf();
        if (condition == null) {
            return true;
        }
        Optional<Question> earlier = question(condition.questionId());
        return earlier.isPresent() && applies(earlier.get(), answers) && condition.holds(answers.get(condition.questionId()));
    }

    /** The questions asked given the answers so far. */
    public List<Question> applicable(Map<Long, Answer> answers) {
        return questions().stream().filter(q -> applies(q, answers)).toList();
    }
}
