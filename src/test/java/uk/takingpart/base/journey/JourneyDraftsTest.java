package uk.takingpart.base.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.takingpart.booking.BookingDraftRetention;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Drafts on a real MariaDB: kept as given, found only by their exact key, and deleted once stale. */
@SpringBootTest(properties = {"takingpart.mail.poll=1h", "takingpart.booking.reminder-poll=1h"})
@Import(TestClockConfiguration.class)
class JourneyDraftsTest {
    @Autowired JourneyDrafts drafts;
    @Autowired BookingDraftRetention retention;
    @Autowired TestClock clock;

    @Test
    void an_answer_is_kept_with_a_new_secret_key_and_found_again_by_it() {
        Draft draft = Draft.begin("booking", "41");
        draft.put("name", "Alys Jones");
        draft.put("talk-about", "Line one\nLine two with ’ and ŵ");
        draft.putCodes("needs", List.of("step-free", "hearing-loop"));
        draft.markAnswered("contact");
        Draft saved = drafts.save(draft);

        assertThat(saved.key()).matches(JourneyDrafts.KEY);
        Draft found = drafts.find(List.of("x".repeat(32), saved.key()), "booking", "41").orElseThrow();
        assertThat(found.get("name")).isEqualTo("Alys Jones");
        assertThat(found.get("talk-about")).isEqualTo("Line one\nLine two with ’ and ŵ");
        assertThat(found.codes("needs")).containsExactly("step-free", "hearing-loop");
        assertThat(found.answered("contact")).isTrue();
        assertThat(found.answered("needs")).isFalse();
        assertThat(drafts.find(List.of(saved.key()), "booking", "42")).as("another subject").isEmpty();
        assertThat(drafts.find(saved.key(), "response")).as("another kind of journey").isEmpty();
    }

    @Test
    void a_key_with_one_letters_case_changed_finds_nothing() {
        Draft saved = drafts.save(Draft.begin("booking", "43"));
        String key = saved.key();
        int letter = 0;
        while (!Character.isLetter(key.charAt(letter))) {
            letter++;
        }
        char c = key.charAt(letter);
        String tampered = key.substring(0, letter)
                + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + key.substring(letter + 1);

        assertThat(drafts.find(key, "booking")).isPresent();
        assertThat(drafts.find(tampered, "booking")).isEmpty();
        assertThat(drafts.find(List.of(tampered), "booking", "43")).isEmpty();
    }

    @Test
    void a_finished_draft_keeps_its_outcome_and_forgets_the_answers() {
        Draft draft = Draft.begin("booking", "44");
        draft.put("email", "rhian@example.org");
        Draft finished = drafts.finish(drafts.save(draft), "manage-token-123");

        Draft found = drafts.find(finished.key(), "booking").orElseThrow();
        assertThat(found.finished()).isTrue();
        assertThat(found.outcome()).isEqualTo("manage-token-123");
        assertThat(found.get("email")).isNull();
    }

    @Test
    void a_booking_draft_left_for_more_than_a_day_is_deleted_by_the_job() {
        Draft old = drafts.save(Draft.begin("booking", "45"));
        Draft response = drafts.save(Draft.begin("response", "45"));
        clock.advance(Duration.ofHours(23));
        Draft recent = drafts.save(Draft.begin("booking", "46"));
        clock.advance(Duration.ofHours(2));

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(drafts.find(old.key(), "booking")).as("unchanged for 25 hours").isEmpty();
        assertThat(drafts.find(recent.key(), "booking")).as("changed 2 hours ago").isPresent();
        assertThat(drafts.find(response.key(), "response")).as("another journey keeps its own rules").isPresent();
    }
}
