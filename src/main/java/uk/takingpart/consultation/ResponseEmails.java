package uk.takingpart.consultation;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.notify.OutgoingEmail;

/**
 * The copy of a response sent to a person who gave an email address: in the language they
 * responded in, plain text, the reference first, then each question answered and its answer.
 * Equality monitoring answers are never in it (they are kept apart from the response).
 */
@Component
class ResponseEmails {
    private final I18NProvider translations;
    private final ActivityService activities;
    private final String publicUrl;

    ResponseEmails(I18NProvider translations, ActivityService activities,
                   @Value("${takingpart.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.activities = activities;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The copy, or null when no email address was given. */
    OutgoingEmail copy(String slug, Questionnaire questionnaire, String reference, Locale language, Map<Long, Answer> answers,
                       Respondent respondent) {
        if (respondent.email() == null) {
            return null;
        }
        String title = activities.find(slug, language).map(a -> a.summary().title().text()).orElse(slug);
        StringBuilder text = new StringBuilder();
        if (respondent.name() != null) {
            text.append(t(language, "email.greeting", Map.of("name", respondent.name()))).append("\n\n");
        }
        text.append(t(language, "consultation.email.copy.intro", Map.of("title", title))).append("\n\n");
        text.append(t(language, "consultation.email.copy.reference", Map.of("reference", reference))).append("\n\n");
        text.append(t(language, "consultation.email.copy.answers")).append("\n");
        for (Question question : questionnaire.applicable(answers)) {
            Answer answer = answers.get(question.id());
            if (answer == null) {
                continue;
            }
            text.append("\n").append(question.text() == null ? "" : question.text().text()).append("\n")
                    .append(AnswerWords.plain(question, answer, language, key -> t(language, key))).append("\n");
        }
        text.append("\n").append(t(language, "consultation.email.copy.keep")).append("\n\n")
                .append(t(language, "consultation.email.copy.page")).append("\n")
                .append(publicUrl).append("/").append(language.getLanguage()).append("/activities/").append(slug).append("\n");
        return new OutgoingEmail(respondent.email(), language, t(language, "consultation.email.copy.subject", Map.of("title", title)),
                text.toString(), null, null);
    }

    private String t(Locale language, String key, Map<String, ?> args) {
        return translations.getTranslation(key, language, args);
    }

    private String t(Locale language, String key) {
        return translations.getTranslation(key, language);
    }
}
