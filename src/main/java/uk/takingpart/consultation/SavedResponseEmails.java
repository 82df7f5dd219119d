package uk.takingpart.consultation;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.notify.Outbox;
import uk.takingpart.notify.OutgoingEmail;

/**
 * "Save and come back later" by email: a link back to the saved answers (and the code), in the
 * person's language, through the outbox. The address is used for this email only; it is not kept
 * with the answers.
 */
@Service
public class SavedResponseEmails {
    /** What the outbox accepts as an email address (see {@link OutgoingEmail}). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Outbox outbox;
    private final I18NProvider translations;
    private final DateTexts dates;
    private final Organisation organisation;
    private final String publicUrl;

    SavedResponseEmails(Outbox outbox, I18NProvider translations, DateTexts dates, Organisation organisation,
                        @Value("${takingpart.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.translations = translations;
        this.dates = dates;
        this.organisation = organisation;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Whether the outbox would take this as an email address. */
    public static boolean valid(String email) {
        return email != null && email.length() <= 320 && EMAIL.matcher(email).matches();
    }

    /** The address that opens the saved answers (the code in it, without the hyphen). */
    public String link(Locale language, String slug, String code) {
        return publicUrl + "/" + language.getLanguage() + "/consultations/" + slug + "/respond/resume?code=" + code;
    }

    /**
     * Puts the email in the outbox. {@code code} is the stored code (shown in the email as ABCD-EFGH);
     * {@code title} the consultation's title in {@code language}.
     */
    @Transactional
    public void send(String email, Locale language, String slug, String title, String code, Instant closesAt) {
        String shown = code.substring(0, 4) + "-" + code.substring(4);
        Map<String, Object> args = Map.of("title", title, "code", shown, "date", dates.date(closesAt, language));
        String subject = t(language, "consultation.saved.email.subject", args);
        String text = t(language, "consultation.saved.email.intro", args) + "\n\n"
                + t(language, "consultation.saved.email.link") + "\n" + link(language, slug, code) + "\n\n"
                + t(language, "consultation.saved.email.code", args) + "\n\n"
                + t(language, "consultation.saved.email.kept", args) + "\n\n"
                + t(language, "email.help", organisation.arguments(language)) + "\n\n"
                + t(language, "email.sign-off", organisation.arguments(language)) + "\n";
        outbox.enqueue(new OutgoingEmail(email.strip(), language, subject, text, null, null));
    }

    private String t(Locale language, String key, Map<String, ?> args) {
        return translations.getTranslation(key, language, args);
    }

    private String t(Locale language, String key) {
        return translations.getTranslation(key, language);
    }
}
