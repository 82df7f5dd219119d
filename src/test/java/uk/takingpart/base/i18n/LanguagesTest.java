package uk.takingpart.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which languages the site speaks, how it names them, which way they run, and how dates read in them. */
class LanguagesTest {
    private static final Locale CY = Locale.forLanguageTag("cy");

    @Test
    void the_languages_are_the_files_in_translations_with_english_first() {
        Languages languages = new Languages("");
        assertThat(languages.supported()).containsExactly(Locale.ENGLISH, CY);
        assertThat(languages.defaultLanguage()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void configuration_can_order_the_languages_but_not_name_one_without_a_file() {
        assertThat(new Languages("cy, en").defaultLanguage()).isEqualTo(CY);
        assertThatThrownBy(() -> new Languages("en,fr"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("messages_fr.properties");
    }

    @Test
    void each_language_is_named_in_itself() {
        assertThat(Languages.nativeName(CY)).isEqualTo("Cymraeg");
        assertThat(Languages.nativeName(Locale.ENGLISH)).isEqualTo("English");
        assertThat(Languages.nativeName(Locale.forLanguageTag("pl"))).isEqualTo("Polski");
    }

    @Test
    void right_to_left_languages_get_rtl() {
        assertThat(Languages.direction(Locale.forLanguageTag("ar"))).isEqualTo("rtl");
        assertThat(Languages.direction(Locale.forLanguageTag("ur"))).isEqualTo("rtl");
        assertThat(Languages.direction(CY)).isEqualTo("ltr");
    }

    @Test
    void a_browser_asking_for_welsh_first_gets_welsh_and_anything_else_gets_the_default() {
        Languages languages = new Languages("");
        assertThat(languages.negotiate("cy-GB,cy;q=0.9,en;q=0.8")).isEqualTo(CY);
        assertThat(languages.negotiate("fr-FR,de;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.negotiate("not a header;;;")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.negotiate(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void dates_read_naturally_in_english_and_welsh() {
        DateTexts dates = new DateTexts("Europe/London");
        Instant afternoon = Instant.parse("2026-03-01T14:30:00Z");
        assertThat(dates.dateTime(afternoon, CY)).isEqualTo("Dydd Sul, 1 Mawrth 2026 am 14:30");
        assertThat(dates.dateTime(afternoon, Locale.ENGLISH)).isEqualTo("Sunday, 1 March 2026 at 14:30");
        assertThat(dates.range(Instant.parse("2026-07-07T17:30:00Z"), Instant.parse("2026-07-07T19:00:00Z"), true, CY))
                .contains("Dydd Mawrth").contains("7 Gorffennaf 2026").contains("18:30").contains("20:00");
    }
}
