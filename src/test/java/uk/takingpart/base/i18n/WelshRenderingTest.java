package uk.takingpart.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders every Welsh message with the values the site really fills in (organisation names,
 * dates formatted by ICU in Welsh, language names, people's names, counts 0–11 and 100) and fails
 * where a word that mutates what follows it stands directly before a value: Welsh needs "gan
 * Fwrdd", "ar ddydd Iau", "yn Gymraeg", "ac 8", and a value the site fills in cannot be mutated
 * by the message. The placeholders are found from the message patterns themselves, so a new
 * message is checked without being listed here.
 */
class WelshRenderingTest {
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    /** Words that mutate (or, for "a"/"â", change before a vowel) the word after them. */
    static final Set<String> MUTATING = Set.of("ar", "gan", "i", "o", "am", "at", "dan", "drwy", "heb", "wrth", "yn", "a", "â", "gyda",
            "tan", "hyd", "dros", "trwy", "ei", "dy", "fy", "ein", "eich", "eu", "tua", "na", "ac", "ag",
            // feminine nouns the site writes before a name: "y dudalen Gymraeg", "y fersiwn Saesneg"
            "dudalen", "fersiwn", "iaith", "neges", "sesiwn");

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern VALUE_AFTER_WORD = Pattern.compile("([\\p{L}’]+)[ \\u00A0]+" + OPEN + "([^" + CLOSE + "]*)" + CLOSE);
    private static final Pattern NOT_MUTATED = Pattern.compile("(?i)^(\\S+@\\S+|https?://.*|www\\..*|\\d.*)$");

    private static final List<Object> COUNTS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 18, 80, 100);

    @Test
    void no_welsh_message_puts_a_mutating_word_directly_before_a_value_the_site_fills_in() {
        List<String> problems = violations(IcuTranslationProvider.load("cy"));
        assertThat(problems).as("Welsh messages where a mutating word stands before a filled-in value: rephrase so no such word "
                + "stands before the placeholder (for example \"Archebu lle: {when}\" or the value first)").isEmpty();
    }

    @Test
    void the_check_catches_the_mistakes_it_exists_for() {
        Map<String, String> examples = Map.of(
                "footer", "Gwasanaeth gan {organisation}",
                "book", "Archebu lle ar {when}",
                "language", "Rhowch hwn yn {language} hefyd",
                "cancelled", "{count, plural, one {Mae’r sesiwn wedi’i chanslo, a # archeb gyda hi.} other {Mae’r sesiwn wedi’i chanslo, a # o archebion gyda hi.}}",
                "fine", "Darparwr y gwasanaeth: {organisation}. {when}: archebu lle. Anfonwch e-bost i {email}. {taken} o {capacity}.");
        List<String> found = violations(examples);
        assertThat(found).anyMatch(p -> p.startsWith("footer: “gan Bwrdd"));
        assertThat(found).anyMatch(p -> p.startsWith("book: “ar Dydd"));
        assertThat(found).anyMatch(p -> p.startsWith("language: “yn Cymraeg"));
        assertThat(found).anyMatch(p -> p.startsWith("cancelled: “a 1"));
        assertThat(found).anyMatch(p -> p.startsWith("cancelled: “a 8"));
        assertThat(found).noneMatch(p -> p.startsWith("cancelled: “a 2"));
        assertThat(found).noneMatch(p -> p.startsWith("fine:"));
    }

    @Test
    void a_welsh_date_inside_a_sentence_reads_dydd_mawrth_not_dydd_with_a_capital() {
        DateTexts dates = new DateTexts("Europe/London");
        Instant tuesday = SOME_DAYS.getFirst();
        String standalone = dates.range(tuesday, tuesday.plusSeconds(7200), true, WELSH);
        assertThat(standalone).startsWith("Dydd Mawrth, 1 Rhagfyr 2026");
        String inText = DateTexts.inSentence(standalone, WELSH);
        assertThat(spaces(inText)).isEqualTo("dydd Mawrth, 1 Rhagfyr 2026 18:30 – 20:30");
        assertThat(spaces(DateTexts.inSentence(dates.range(tuesday, SOME_DAYS.get(1), false, WELSH), WELSH)))
                .isEqualTo("dydd Mawrth, 1 Rhagfyr – dydd Iau, 3 Rhagfyr 2026");
        assertThat(DateTexts.inSentence(dates.date(tuesday, Locale.ENGLISH), Locale.ENGLISH)).isEqualTo(dates.date(tuesday, Locale.ENGLISH));

        Map<String, String> welsh = IcuTranslationProvider.load("cy");
        assertThat(spaces(new MessageFormat(welsh.get("booking.sessions.book"), ULocale.forLocale(WELSH)).format(Map.of("when", inText))))
                .isEqualTo("Archebu lle: dydd Mawrth, 1 Rhagfyr 2026 18:30 – 20:30");
        assertThat(spaces(new MessageFormat(welsh.get("booking.staff.sessions.edit-named"), ULocale.forLocale(WELSH)).format(Map.of("when", inText))))
                .isEqualTo("Golygu’r sesiwn: dydd Mawrth, 1 Rhagfyr 2026 18:30 – 20:30");
    }

    /** ICU puts thin and narrow no-break spaces around the dash of a range. */
    private static String spaces(String text) {
        return text.replaceAll("\\h", " ");
    }

    @Test
    void numbers_spoken_with_a_vowel_are_the_ones_that_need_ac() {
        assertThat(List.of(1, 8, 11, 18, 80, 81, 800, 8000).stream().allMatch(WelshRenderingTest::spokenWithAVowel)).isTrue();
        assertThat(List.of(0, 2, 3, 7, 10, 20, 100, 1000).stream().noneMatch(WelshRenderingTest::spokenWithAVowel)).isTrue();
    }

    /** Every problem found, as "key: “word value”", in key order. */
    static List<String> violations(Map<String, String> messages) {
        Set<String> problems = new LinkedHashSet<>();
        for (String key : new TreeSet<>(messages.keySet())) {
            String marked = marked(messages.get(key));
            MessageFormat format = new MessageFormat(marked, ULocale.forLocale(WELSH));
            for (Map<String, Object> arguments : argumentSets(messages.get(key))) {
                String text = format.format(arguments);
                Matcher m = VALUE_AFTER_WORD.matcher(text);
                while (m.find()) {
                    String word = m.group(1).toLowerCase(WELSH);
                    String value = m.group(2).strip();
                    if (wrong(word, value)) {
                        problems.add(key + ": “" + m.group(1) + " " + value + "”");
                    }
                }
            }
        }
        return new ArrayList<>(problems);
    }

    private static boolean wrong(String word, String value) {
        if (value.isEmpty() || !MUTATING.contains(word)) {
            return false;
        }
        if (Character.isDigit(value.charAt(0))) {
            // digits are not mutated in writing, but "a"/"â" become "ac"/"ag" before un, wyth, un ar ddeg…
            String lead = value.split("\\D", 2)[0];
            boolean vowel = lead.length() < 16 && spokenWithAVowel(Long.parseLong(lead));
            return (vowel && (word.equals("a") || word.equals("â"))) || (!vowel && (word.equals("ac") || word.equals("ag")));
        }
        // an address, a link or a number is written as it is; a word or a name after one of these is not
        return !NOT_MUTATED.matcher(value).matches();
    }

    /** Whether a number, said in Welsh, starts with a vowel: un, wyth, un ar ddeg, deunaw (un deg wyth), wyth deg… */
    static boolean spokenWithAVowel(long number) {
        String digits = Long.toString(number);
        char first = digits.charAt(0);
        return switch (first) {
            case '8' -> true;
            case '1' -> digits.length() == 1 || (digits.length() == 2 && number != 10) || (digits.length() == 5 && digits.charAt(1) != '0');
            default -> false;
        };
    }

    /** The pattern with every filled-in value (an argument or a plural's #) between two private-use marks. */
    static String marked(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.REPLACE_NUMBER) {
                out.append(pattern, copied, part.getIndex()).append(OPEN).append('#').append(CLOSE);
                copied = part.getLimit();
            } else if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && (part.getArgType() == MessagePattern.ArgType.NONE || part.getArgType() == MessagePattern.ArgType.SIMPLE)) {
                int limit = parsed.getLimitPartIndex(i);
                int end = parsed.getPart(limit).getLimit();
                out.append(pattern, copied, part.getIndex()).append(OPEN).append(pattern, part.getIndex(), end).append(CLOSE);
                copied = end;
                i = limit;
            }
        }
        return out.append(pattern.substring(copied)).toString();
    }

    /** Enough sets of realistic values that each argument takes each of its sample values at least once. */
    static List<Map<String, Object>> argumentSets(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, List<Object>> samples = new LinkedHashMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            MessagePattern.ArgType type = part.getArgType();
            if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL) {
                samples.put(name, COUNTS);
            } else if (type == MessagePattern.ArgType.SELECT) {
                List<Object> keywords = new ArrayList<>();
                for (int j = i + 1; j < parsed.getLimitPartIndex(i); j++) {
                    if (parsed.getPart(j).getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        keywords.add(parsed.getSubstring(parsed.getPart(j)));
                    }
                }
                samples.put(name, keywords);
            } else if (type == MessagePattern.ArgType.SIMPLE) {
                String style = parsed.getSubstring(parsed.getPart(i + 2));
                samples.put(name, style.equals("number") ? COUNTS : List.of(java.util.Date.from(SOME_DAYS.getFirst())));
            } else {
                samples.putIfAbsent(name, samplesFor(name));
            }
        }
        int rounds = samples.values().stream().mapToInt(List::size).max().orElse(1);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, Object> arguments = new HashMap<>();
            int r = round;
            samples.forEach((name, values) -> arguments.put(name, values.get(r % values.size())));
            sets.add(arguments);
        }
        return sets;
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<Instant> SOME_DAYS = List.of(
            LocalDateTime.of(2026, 12, 1, 18, 30).atZone(LONDON).toInstant(),   // dydd Mawrth
            LocalDateTime.of(2026, 12, 3, 10, 0).atZone(LONDON).toInstant(),    // dydd Iau
            LocalDateTime.of(2026, 12, 5, 14, 0).atZone(LONDON).toInstant(),    // dydd Sadwrn
            LocalDateTime.of(2027, 1, 11, 9, 30).atZone(LONDON).toInstant());   // dydd Llun

    /** What the site puts in an argument of this name, in Welsh, as it really renders. */
    static List<Object> samplesFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("when") || n.contains("date") || n.equals("starts") || n.equals("ends") || n.equals("day")
                || n.equals("closes") || n.equals("from") || n.equals("to") || n.equals("deadline")) {
            DateTexts dates = new DateTexts("Europe/London");
            List<Object> values = new ArrayList<>();
            for (Instant day : SOME_DAYS) {
                values.add(dates.date(day, WELSH));
                values.add(dates.dateTime(day, WELSH));
                values.add(dates.range(day, day.plusSeconds(7200), true, WELSH));
                values.add(DateTexts.inSentence(dates.range(day, day.plusSeconds(7200), true, WELSH), WELSH));
            }
            return values;
        }
        if (n.contains("language")) {
            return List.of(Languages.nativeName(Locale.forLanguageTag("cy")), Languages.nativeName(Locale.ENGLISH), "Pwyleg", "Arabeg");
        }
        if (n.contains("organisation")) {
            return List.of("Bwrdd Iechyd Prifysgol Hywel Dda", "Cyngor Sir Caerfyrddin", "Partneriaeth Gofal Gorllewin Cymru");
        }
        if (n.equals("name") || n.equals("leader") || n.contains("person")) {
            return List.of("Bethan Morgan", "Gareth Davies", "Catrin Parry", "Dafydd Thomas", "Mared Lloyd");
        }
        if (n.contains("email")) {
            return List.of("ymgysylltu@hyweldda.example", "cymryd.rhan@example.org");
        }
        if (n.contains("phone")) {
            return List.of("0300 303 8322", "01267 239 554");
        }
        if (n.equals("service")) {
            return List.of("Cymryd Rhan");
        }
        if (n.equals("title") || n.equals("event") || n.equals("subject")) {
            return List.of("Dyfodol gwasanaethau strôc", "Cynllun iechyd meddwl pobl ifanc", "Barn rhieni am wasanaethau ADY",
                    "Trafnidiaeth gymunedol yng Ngheredigion");
        }
        if (n.equals("where") || n.contains("venue") || n.contains("place")) {
            return List.of("Canolfan Gymunedol Tregaron", "Ar-lein", "Pafiliwn Pontrhydfendigaid");
        }
        if (n.equals("role")) {
            return List.of("cydlynydd ymgysylltu", "pennaeth gwasanaethau plant");
        }
        if (n.equals("mode")) {
            return List.of("arferol", "print bras", "hawdd ei ddeall");
        }
        if (n.startsWith("need")) {
            return List.of("Dehonglydd Iaith Arwyddion Prydain (BSL)", "print bras, dolen sain");
        }
        if (n.equals("reference")) {
            return List.of("FAKDD3FB");
        }
        if (n.equals("count") || n.equals("taken") || n.equals("capacity") || n.equals("limit") || n.equals("position")
                || n.equals("minimum") || n.equals("minutes") || n.equals("days") || n.equals("entry") || n.equals("max")) {
            return COUNTS;
        }
        // anything else the site fills in: a word that mutates, so a mutating word before it shows
        return List.of("Caerfyrddin", "Gwasanaeth", "Tregaron", "Pen-y-bont", "Bangor", "Dinbych", "Llanelli", "Rhuthun", "Machynlleth");
    }
}
