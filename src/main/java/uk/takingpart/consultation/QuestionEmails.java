package uk.takingpart.consultation;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.base.Organisation;
import uk.takingpart.notify.OutgoingEmail;

/**
 * The email telling someone who asked a question on a consultation that it has been answered: in
 * the language they asked in, plain text, their question, the answer and who gave it, and a link to
 * the consultation's page.
 */
@Component
class QuestionEmails {
    private final I18NProvider translations;
    private final ActivityService activities;
    private final Organisation organisation;
    private final String publicUrl;

    QuestionEmails(I18NProvider translations, ActivityService activities, Organisation organisation,
                   @Value("${takingpart.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.activities = activities;
        this.organisation = organisation;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    OutgoingEmail answered(String email, Locale language, String slug, String question, String role, String answer) {
        String title = activities.find(slug, language).map(a -> a.summary().title().text()).orElse(slug);
        Map<String, Object> args = Map.of("title", title, "role", role);
        String text = t(language, "consultation.question.email.intro", args) + "\n\n"
                + t(language, "consultation.question.email.question") + "\n" + question + "\n\n"
                + t(language, "consultation.question.email.answer", args) + "\n" + answer + "\n\n"
                + t(language, "consultation.question.email.page") + "\n"
                + publicUrl + "/" + language.getLanguage() + "/activities/" + slug + "\n\n"
                + t(language, "consultation.question.email.deleted") + "\n\n"
                + t(language, "email.sign-off", organisation.arguments(language)) + "\n";
        return new OutgoingEmail(email, language, t(language, "consultation.question.email.subject", args), text, null, null);
    }

    private String t(Locale language, String key, Map<String, ?> args) {
        return translations.getTranslation(key, language, args);
    }

    private String t(Locale language, String key) {
        return translations.getTranslation(key, language);
    }
}
