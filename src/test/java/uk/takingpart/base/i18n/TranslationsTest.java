package uk.takingpart.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every language file has the same keys and ICU arguments as the English one, every message
 * parses with ICU4J, plural messages use only the language's categories and include "other",
 * and the Welsh is not English left in place.
 */
class TranslationsTest {
    private static final Path DIR = Path.of("translations");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z_]\\w*)\\s*[,}]");
    private static final Pattern PLURAL_CATEGORY = Pattern.compile("(?<![\\w=])(zero|one|two|few|many|other)\\s*\\{");

    private static Map<String, Map<String, String>> files() throws IOException {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(DIR, "messages*.properties")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                String language = name.equals("messages.properties") ? "en" : name.substring("messages_".length(), name.indexOf('.'));
                byLanguage.put(language, IcuTranslationProvider.load(language));
            }
        }
        return byLanguage;
    }

    @Test
    void english_and_welsh_files_exist() throws IOException {
        assertThat(files()).containsKeys("en", "cy");
    }

    @Test
    void every_language_has_exactly_the_english_keys() throws IOException {
        Map<String, String> english = files().get("en");
        files().forEach((language, messages) ->
                assertThat(new TreeSet<>(messages.keySet())).as("keys of %s", language).isEqualTo(new TreeSet<>(english.keySet())));
    }

    @Test
    void every_message_uses_the_same_arguments_as_the_english() throws IOException {
        Map<String, String> english = files().get("en");
        List<String> mismatches = new ArrayList<>();
        files().forEach((language, messages) -> messages.forEach((key, value) -> {
            if (english.containsKey(key) && !arguments(value).equals(arguments(english.get(key)))) {
                mismatches.add(language + ": " + key);
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void every_message_parses_with_icu_and_has_no_ascii_apostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        files().forEach((language, messages) -> messages.forEach((key, value) -> {
            try {
                new MessageFormat(value, new ULocale(language));
            } catch (IllegalArgumentException e) {
                problems.add(language + ": " + key + ": " + e.getMessage());
            }
            if (value.indexOf('\'') >= 0) {
                problems.add(language + ": " + key + " uses ' (an ICU quote): write ’");
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void plural_messages_use_only_the_languages_categories_and_include_other() throws IOException {
        List<String> problems = new ArrayList<>();
        files().forEach((language, messages) -> {
            Set<String> categories = PluralRules.forLocale(new ULocale(language)).getKeywords();
            messages.forEach((key, value) -> {
                if (!value.matches("(?s).*,\\s*plural\\s*,.*")) {
                    return;
                }
                Set<String> used = new TreeSet<>();
                Matcher m = PLURAL_CATEGORY.matcher(value);
                while (m.find()) {
                    used.add(m.group(1));
                }
                if (!used.contains("other")) {
                    problems.add(language + ": " + key + " has no 'other'");
                }
                for (String category : used) {
                    if (!categories.contains(category)) {
                        problems.add(language + ": " + key + " uses '" + category + "', not a category of " + language);
                    }
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void welsh_plurals_give_the_right_words_for_zero_one_two_three_six_and_many() {
        Map<String, String> welsh = IcuTranslationProvider.load("cy");
        MessageFormat count = new MessageFormat(welsh.get("activity.whats-on.count"), new ULocale("cy"));
        assertThat(count.format(Map.of("count", 0))).isEqualTo("Dim gweithgareddau");
        assertThat(count.format(Map.of("count", 1))).isEqualTo("1 gweithgaredd");
        assertThat(count.format(Map.of("count", 2))).isEqualTo("2 weithgaredd");
        assertThat(count.format(Map.of("count", 3))).isEqualTo("3 gweithgaredd");
        assertThat(count.format(Map.of("count", 6))).isEqualTo("6 gweithgaredd");
        assertThat(count.format(Map.of("count", 25))).isEqualTo("25 o weithgareddau");
    }

    @Test
    void welsh_is_not_english_left_in_place() throws IOException {
        Map<String, String> english = files().get("en");
        Map<String, String> welsh = files().get("cy");
        // the same in both languages on purpose: a pattern of arguments only, "braille" and "Staff"
        Set<String> allowed = Set.of("common.title.pattern", "page.formats.section.1.item.3", "audit.actor.staff", "booking.format.braille", "email.sign-off");
        List<String> untranslated = new ArrayList<>();
        welsh.forEach((key, value) -> {
            if (!allowed.contains(key) && value.strip().equals(english.get(key).strip())
                    && value.replaceAll("\\{[^}]*}", "").matches("(?s).*[A-Za-z]{3}.*")) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).isEmpty();
    }

    private static Set<String> arguments(String value) {
        Set<String> names = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
