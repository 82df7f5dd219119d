package uk.takingpart.base.i18n;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages the site speaks. Each is a message file in {@code translations/}: adding a
 * language is adding a file. {@code takingpart.languages} (for example {@code en,cy}) may limit
 * and order them; the first is the default. English ({@code messages.properties}) is the base.
 */
@Component
public class Languages {
    static final String BASE_LANGUAGE = "en";
    private static final Pattern FILE = Pattern.compile("messages(?:_([a-z]{2,3}))?\\.properties");

    private final List<Locale> supported;

    Languages(@Value("${takingpart.languages:}") String configured) {
        List<String> found = discover();
        List<String> codes = new ArrayList<>();
        if (configured == null || configured.isBlank()) {
            codes.addAll(found);
            codes.sort(Comparator.comparing((String code) -> !code.equals(BASE_LANGUAGE)).thenComparing(code -> code));
        } else {
            for (String code : configured.split(",")) {
                String trimmed = code.trim();
                if (!found.contains(trimmed)) {
                    throw new IllegalStateException("takingpart.languages names '" + trimmed
                            + "' but there is no translations/messages_" + trimmed + ".properties");
                }
                codes.add(trimmed);
            }
        }
        this.supported = codes.stream().map(Locale::forLanguageTag).toList();
    }

    private static List<String> discover() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:translations/messages*.properties");
            List<String> codes = new ArrayList<>();
            for (Resource file : files) {
                Matcher m = FILE.matcher(String.valueOf(file.getFilename()));
                if (m.matches()) {
                    String code = m.group(1) == null ? BASE_LANGUAGE : m.group(1);
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            if (!codes.contains(BASE_LANGUAGE)) {
                throw new IllegalStateException("translations/messages.properties (English) is missing from the classpath");
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every language, the default first. */
    public List<Locale> supported() {
        return supported;
    }

    public Locale defaultLanguage() {
        return supported.getFirst();
    }

    /** The language a code from an address or a cookie names, if the site speaks it. */
    public Optional<Locale> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return supported.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    /** The best language for an Accept-Language header, or the default. */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                Locale match = Locale.lookup(ranges, supported);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header gets the default language
            }
        }
        return defaultLanguage();
    }

    /**
     * The language of a request outside a page (an error or "busy" response): the first segment of
     * the address ({@code /cy/...}), else the language the visitor chose before, else their browser's.
     */
    public Locale forRequest(String path, String remembered, String acceptLanguage) {
        String trimmed = path == null ? "" : path.replaceFirst("^/+", "");
        return fromCode(trimmed.split("/", 2)[0])
                .or(() -> fromCode(remembered))
                .orElseGet(() -> negotiate(acceptLanguage));
    }

    /** The language's name in itself: English, Cymraeg. */
    public static String nativeName(Locale language) {
        ULocale locale = ULocale.forLocale(language);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    public static boolean isRightToLeft(Locale language) {
        return ULocale.forLocale(language).isRightToLeft();
    }

    public static String direction(Locale language) {
        return isRightToLeft(language) ? "rtl" : "ltr";
    }

    /** The locale to format dates and numbers with: British English for English. */
    public static ULocale formatting(Locale language) {
        if (language.getCountry().isEmpty() && Arrays.asList("en", "cy").contains(language.getLanguage())) {
            return new ULocale(language.getLanguage() + "_GB");
        }
        return ULocale.forLocale(language);
    }
}
