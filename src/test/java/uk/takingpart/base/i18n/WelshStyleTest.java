package uk.takingpart.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Welsh keeps to one register and one term for each thing: the forms the Welsh style note
 * ({@code translations/STYLE-cy.md}) rejects appear in no Welsh message and in none of the Welsh
 * demo content.
 */
class WelshStyleTest {
    private static final Path NOTE = Path.of("translations/STYLE-cy.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*)\\|\\s*(all|easy-read)\\s*\\|\\s*$");

    record Rejected(String phrase, String instead, boolean easyReadOnly) {
        Pattern pattern() {
            return Pattern.compile("(?<![\\p{L}’-])" + Pattern.quote(phrase) + "(?![\\p{L}’-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    static List<Rejected> rejected() throws IOException {
        List<Rejected> found = new ArrayList<>();
        for (String line : Files.readAllLines(NOTE)) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                found.add(new Rejected(m.group(1), m.group(2).strip(), m.group(3).equals("easy-read")));
            }
        }
        return found;
    }

    @Test
    void the_style_note_lists_the_forms_it_rejects() throws IOException {
        assertThat(rejected()).extracting(Rejected::phrase).contains("Rydym", "Nid oes", "rhiant-ofalwr", "AAA", "arweinydd");
    }

    @Test
    void no_welsh_message_uses_a_form_the_style_note_rejects() throws IOException {
        Map<String, String> welsh = IcuTranslationProvider.load("cy");
        List<String> problems = new ArrayList<>();
        for (Rejected r : rejected()) {
            Pattern p = r.pattern();
            for (String key : new TreeSet<>(welsh.keySet())) {
                if (r.easyReadOnly() && !key.endsWith(IcuTranslationProvider.EASY_READ_SUFFIX)) {
                    continue;
                }
                if (p.matcher(welsh.get(key)).find()) {
                    problems.add(key + ": “" + r.phrase() + "” (write " + r.instead() + ")");
                }
            }
        }
        assertThat(problems).as("see translations/STYLE-cy.md").isEmpty();
    }

    @Test
    void the_welsh_demo_content_uses_the_same_terms() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> demo;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            demo = files.filter(f -> f.getFileName().toString().startsWith("Demo") && f.toString().endsWith(".java")).toList();
        }
        assertThat(demo).isNotEmpty();
        for (Path file : demo) {
            // joins "…" + "…" across lines, so a phrase split over two string pieces is still found
            String text = Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
            for (Rejected r : rejected()) {
                // only whole-sentence forms: the easy-read-only rule needs to know which text is easy read
                if (r.easyReadOnly() || r.phrase().equals("Na,") || r.phrase().equals("Ie,")) {
                    continue;
                }
                Matcher m = r.pattern().matcher(text);
                while (m.find()) {
                    problems.add(file.getFileName() + ": “" + m.group() + "” (write " + r.instead() + ")");
                }
            }
        }
        assertThat(problems).as("see translations/STYLE-cy.md").isEmpty();
    }

    @Test
    void the_patterns_match_whole_words_in_any_case() {
        Pattern p = new Rejected("atom", "aton ni", false).pattern();
        assertThat(p.matcher("anfon atom").find()).isTrue();
        assertThat(p.matcher("Atom yn unig").find()).isTrue();
        assertThat(p.matcher("atomig").find()).isFalse();
        assertThat(new Rejected("AAA", "ADY", false).pattern().matcher("Rhwydwaith AAA.").find()).isTrue();
    }
}
