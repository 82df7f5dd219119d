package uk.takingpart.consultation;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as the public sees them: the details on a consultation's page and the
 * questionnaire people answer. Staff editing arrives with the back-office issue.
 */
@Service
public class ConsultationService {
    private final ConsultationStore consultations;
    private final QuestionnaireStore questionnaires;
    private final Clock clock;

    ConsultationService(ConsultationStore consultations, QuestionnaireStore questionnaires, Clock clock) {
        this.consultations = consultations;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** The consultation details of a published activity, or empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<ConsultationPage> page(String slug, Locale language) {
        return consultations.page(slug, clock.instant(), language);
    }

    /**
     * The questionnaire of a published consultation, in the visitor's language, in two statements:
     * what the response journey asks. Empty when the consultation has none (or is not published).
     */
    @Transactional(readOnly = true)
    public Optional<Questionnaire> questionnaire(String slug, Locale language) {
        return questionnaires.forConsultation(slug, clock.instant(), language);
    }

    /** A questionnaire by id, in a language (staff and tests). */
    @Transactional(readOnly = true)
    public Optional<Questionnaire> questionnaire(long questionnaireId, Locale language) {
        return questionnaires.byId(questionnaireId, language);
    }

    /** Saves a questionnaire (the demo now; the staff builder later). */
    @Transactional
    public long createQuestionnaire(QuestionnaireDefinition definition) {
        return questionnaires.save(definition, clock.instant());
    }

    /** Saves an activity's consultation details; refuses a period shorter than 12 weeks without a reason. */
    @Transactional
    public long createConsultation(ConsultationDefinition definition) {
        return consultations.save(definition);
    }
}
