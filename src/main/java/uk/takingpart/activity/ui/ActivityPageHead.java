package uk.takingpart.activity.ui;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.base.i18n.IcuTranslationProvider;
import uk.takingpart.base.ui.PageHead;

/** The first response's title and description for What's on and each activity's page. */
@Component
class ActivityPageHead implements PageHead {
    private static final String ACTIVITIES = "activities/";
    private final ActivityService activities;
    private final IcuTranslationProvider translations;

    ActivityPageHead(ActivityService activities, IcuTranslationProvider translations) {
        this.activities = activities;
        this.translations = translations;
    }

    @Override
    public Optional<Head> head(String path, Locale language) {
        if (path.isEmpty()) {
            return Optional.of(new Head(translations.getTranslation("activity.whats-on.title", language),
                    translations.getTranslation("activity.whats-on.intro", language)));
        }
        if (path.startsWith(ACTIVITIES) && path.indexOf('/', ACTIVITIES.length()) < 0
                && path.substring(ACTIVITIES.length()).matches("[a-z0-9-]{1,120}")) {
            return Optional.of(activities.find(path.substring(ACTIVITIES.length()), language)
                    .map(details -> new Head(details.summary().title().text(), details.summary().summary().text()))
                    .orElseGet(() -> Head.notFound(translations.getTranslation("common.not-found.title", language))));
        }
        return Optional.empty();
    }
}
