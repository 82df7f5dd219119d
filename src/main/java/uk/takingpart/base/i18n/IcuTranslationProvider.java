package uk.takingpart.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.takingpart.base.ui.DisplayPreferences;

/**
 * Vaadin's translations, from the ICU MessageFormat files in {@code translations/}. Arguments are
 * named: pass one {@code Map<String, ?>} ({@code getTranslation("x", Map.of("count", 3))}).
 * In easy-read mode a key's {@code .easy-read} variant is used where one exists. A key missing
 * in a language falls back to English, and is reported by the translation test.
 */
@Component
public class IcuTranslationProvider implements I18NProvider {
    public static final String EASY_READ_SUFFIX = ".easy-read";
    private static final Logger log = LoggerFactory.getLogger(IcuTranslationProvider.class);

    private final Languages languages;
    private final Map<String, Map<String, String>> patterns = new HashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    IcuTranslationProvider(Languages languages) {
        this.languages = languages;
        for (Locale language : languages.supported()) {
            patterns.put(language.getLanguage(), load(language.getLanguage()));
        }
    }

    static Map<String, String> load(String language) {
        String file = Languages.BASE_LANGUAGE.equals(language) ? "messages.properties" : "messages_" + language + ".properties";
        try (InputStream in = IcuTranslationProvider.class.getClassLoader().getResourceAsStream("translations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("translations/" + file + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.supported();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String language = languages.fromCode(locale == null ? null : locale.getLanguage())
                .orElse(languages.defaultLanguage()).getLanguage();
        if (DisplayPreferences.easyReadActive()) {
            String easy = key + EASY_READ_SUFFIX;
            if (pattern(language, easy) != null) {
                key = easy;
            }
        }
        String pattern = pattern(language, key);
        if (pattern == null) {
            pattern = pattern(Languages.BASE_LANGUAGE, key);
            if (pattern == null) {
                log.warn("No translation for key '{}'", key);
                return key;
            }
            language = Languages.BASE_LANGUAGE;
        }
        String cacheKey = language + '\u0000' + key;
        String finalLanguage = language;
        String finalPattern = pattern;
        MessageFormat format = formats.computeIfAbsent(cacheKey,
                k -> new MessageFormat(finalPattern, Languages.formatting(Locale.forLanguageTag(finalLanguage))));
        synchronized (format) {
            if (params != null && params.length == 1 && params[0] instanceof Map<?, ?> named) {
                @SuppressWarnings("unchecked")
                Map<String, Object> arguments = (Map<String, Object>) named;
                return format.format(arguments);
            }
            return format.format(params == null ? new Object[0] : params);
        }
    }

    /** Whether a key exists in the base language, for views that iterate numbered keys. */
    public boolean has(String key) {
        return pattern(Languages.BASE_LANGUAGE, key) != null;
    }

    private String pattern(String language, String key) {
        Map<String, String> messages = patterns.get(language);
        return messages == null ? null : messages.get(key);
    }
}
