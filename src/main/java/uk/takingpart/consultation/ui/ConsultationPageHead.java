package uk.takingpart.consultation.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.base.i18n.IcuTranslationProvider;
import uk.takingpart.base.ui.PageHead;
import uk.takingpart.consultation.ConsultationService;

/** The first response's title for a consultation's start page (404 when there is no such consultation). */
@Component
class ConsultationPageHead implements PageHead {
    private static final Pattern RESPOND = Pattern.compile("consultations/([a-z0-9-]{1,120})/respond");
    private final ActivityService activities;
    private final ConsultationService consultations;
    private final IcuTranslationProvider translations;

    ConsultationPageHead(ActivityService activities, ConsultationService consultations, IcuTranslationProvider translations) {
        this.activities = activities;
        this.consultations = consultations;
        this.translations = translations;
    }

    @Override
    public Optional<Head> head(String path, Locale language) {
        Matcher m = RESPOND.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String slug = m.group(1);
        return Optional.of(activities.find(slug, language)
                .filter(a -> consultations.page(slug, language).isPresent())
                .map(a -> new Head(translations.getTranslation("consultation.start.title", language,
                        Map.of("title", a.summary().title().text())), a.summary().summary().text()))
                .orElseGet(() -> Head.notFound(translations.getTranslation("common.not-found.title", language))));
    }
}
