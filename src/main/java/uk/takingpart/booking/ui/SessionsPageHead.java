package uk.takingpart.booking.ui;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.takingpart.base.i18n.IcuTranslationProvider;
import uk.takingpart.base.ui.PageHead;

/** The first response's title and description for the sessions page. */
@Component
class SessionsPageHead implements PageHead {
    private final IcuTranslationProvider translations;

    SessionsPageHead(IcuTranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public Optional<Head> head(String path, Locale language) {
        if (!"sessions".equals(path)) {
            return Optional.empty();
        }
        return Optional.of(new Head(translations.getTranslation("booking.sessions.page.title", language),
                translations.getTranslation("booking.sessions.page.intro", language)));
    }
}
