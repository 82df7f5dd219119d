package uk.takingpart.base.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.takingpart.testing.TestClockConfiguration;

/** Resume codes on a real MariaDB: typed loosely, but compared exactly with the stored code. */
@SpringBootTest(properties = {"takingpart.mail.poll=1h", "takingpart.booking.reminder-poll=1h"})
@Import(TestClockConfiguration.class)
class ResumeCodesTest {
    private static final String KIND = "consultation-response";

    @Autowired JourneyDrafts drafts;
    @Autowired JdbcClient jdbc;

    @Test
    void a_saved_draft_gets_one_short_code_without_look_alike_characters_and_keeps_it() {
        Draft saved = drafts.save(Draft.begin(KIND, "901"));
        String code = drafts.resumeCode(saved);

        assertThat(code).matches("[" + ResumeCodes.ALPHABET + "]{8}");
        assertThat(code).doesNotContainPattern("[0158OISLB]");
        assertThat(ResumeCodes.display(code)).matches("[A-Z0-9]{4}-[A-Z0-9]{4}").isEqualTo(code.substring(0, 4) + "-" + code.substring(4));
        assertThat(drafts.resumeCode(saved)).as("asked again, the same code").isEqualTo(code);
        assertThat(drafts.resumeCode(drafts.save(Draft.begin(KIND, "901")))).as("another draft, another code").isNotEqualTo(code);
    }

    @Test
    void typed_input_is_normalised_case_spaces_and_hyphens() {
        assertThat(ResumeCodes.normalise("acde-fg23")).isEqualTo("ACDEFG23");
        assertThat(ResumeCodes.normalise(" acde fg23 ")).isEqualTo("ACDEFG23");
        assertThat(ResumeCodes.normalise("AC DE–FG 23")).as("an en dash, as a phone may type").isEqualTo("ACDEFG23");
        assertThat(ResumeCodes.normalise("ACDE-FG2")).as("too short").isNull();
        assertThat(ResumeCodes.normalise("ACDE-FG234")).as("too long").isNull();
        assertThat(ResumeCodes.normalise("ACDE-FGO3")).as("O is not in the alphabet").isNull();
        assertThat(ResumeCodes.normalise("")).isNull();
        assertThat(ResumeCodes.normalise(null)).isNull();
    }

    @Test
    void the_code_typed_any_way_finds_its_draft_but_one_letter_changed_finds_nothing() {
        Draft draft = Draft.begin(KIND, "902");
        draft.put("q-1", "Barry");
        Draft saved = drafts.save(draft);
        String code = drafts.resumeCode(saved);
        String typed = (code.substring(0, 4) + " - " + code.substring(4)).toLowerCase();

        Draft found = drafts.findByResumeCode(typed, KIND).orElseThrow();
        assertThat(found.key()).isEqualTo(saved.key());
        assertThat(found.get("q-1")).isEqualTo("Barry");

        char first = code.charAt(0);
        char other = ResumeCodes.ALPHABET.charAt((ResumeCodes.ALPHABET.indexOf(first) + 1) % ResumeCodes.ALPHABET.length());
        assertThat(drafts.findByResumeCode(other + code.substring(1), KIND)).as("one character changed").isEmpty();
        assertThat(drafts.findByResumeCode(code, "booking")).as("another kind of journey").isEmpty();
    }

    @Test
    void a_code_stored_in_another_case_does_not_match_the_typed_one() {
        Draft saved = drafts.save(Draft.begin(KIND, "903"));
        String code = drafts.resumeCode(saved);
        assertThat(code).containsPattern("[A-Z]");
        jdbc.sql("UPDATE journey_draft SET resume_code = ? WHERE draft_key = ?").params(code.toLowerCase(), saved.key()).update();

        assertThat(drafts.findByResumeCode(code, KIND)).as("compared byte for byte, not case-insensitively").isEmpty();
        assertThat(drafts.findByResumeCode(code.toLowerCase(), KIND)).as("typed input is upper-cased first").isEmpty();
    }
}
