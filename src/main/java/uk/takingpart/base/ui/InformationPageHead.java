package uk.takingpart.base.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.IcuTranslationProvider;

/** The first response's title and description for the information pages (accessibility, privacy, …). */
@Component
class InformationPageHead implements PageHead {
    private static final Set<String> PAGES = Set.of("accessibility", "privacy", "cookies", "contact", "formats");
    private final IcuTranslationProvider translations;
    private final Organisation organisation;

    InformationPageHead(IcuTranslationProvider translations, Organisation organisation) {
        this.translations = translations;
        this.organisation = organisation;
    }

    @Override
    public Optional<Head> head(String path, Locale language) {
        if (!PAGES.contains(path)) {
            return Optional.empty();
        }
        Map<String, Object> args = new HashMap<>(organisation.arguments(language));
        args.put("service", translations.getTranslation("common.service.name", language));
        return Optional.of(new Head(translations.getTranslation("page." + path + ".title", language, args),
                translations.getTranslation("page." + path + ".lead", language, args)));
    }
}
