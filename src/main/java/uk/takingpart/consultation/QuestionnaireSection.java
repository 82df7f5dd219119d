package uk.takingpart.consultation;

import java.util.List;
import uk.takingpart.activity.LocalizedText;

/** A part of a questionnaire: its title, the introduction shown before its first question, its questions in order. */
public record QuestionnaireSection(long id, String code, LocalizedText title, LocalizedText introduction,
                                   List<Question> questions) {
    public QuestionnaireSection {
        questions = List.copyOf(questions);
    }
}
