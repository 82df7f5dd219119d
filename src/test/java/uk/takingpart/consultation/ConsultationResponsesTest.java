package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Sending responses to the open demo consultation, against a real MariaDB; each test is rolled back. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
class ConsultationResponsesTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired TestClock clock;

    private Map<Long, Answer> someAnswers(Questionnaire questionnaire) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(questionnaire.question("practice-area").orElseThrow().id(), new Answer.Choice("other", "Rhoose"));
        answers.put(questionnaire.question("hard-to-get").orElseThrow().id(), new Answer.Choice("no", null));
        // answered before "no" was chosen: not sent, as the question no longer applies
        answers.put(questionnaire.question("what-made-it-hard").orElseThrow().id(), new Answer.Text("Work"));
        answers.put(questionnaire.question("what-matters").orElseThrow().id(),
                new Answer.Ranking(java.util.List.of("short-journey", "own-team", "any-evening", "book-online")));
        answers.put(questionnaire.question("travel-minutes").orElseThrow().id(), new Answer.Number(20));
        return answers;
    }

    @Test
    void a_response_sent_twice_with_the_same_request_is_stored_once_with_its_answers_as_codes_and_text() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        long consultation = consultations.page(GP, Locale.ENGLISH).orElseThrow().id();
        int before = responses.count(consultation);
        String key = UUID.randomUUID().toString();

        ConsultationResponses.Result first = responses.submit(GP, key, Locale.forLanguageTag("cy"), someAnswers(questionnaire));
        ConsultationResponses.Result again = responses.submit(GP, key, Locale.forLanguageTag("cy"), someAnswers(questionnaire));

        assertThat(first.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
        assertThat(first.reference()).matches("[" + ConsultationResponses.REFERENCE_ALPHABET + "]{8}");
        assertThat(again).isEqualTo(first);
        assertThat(responses.count(consultation)).isEqualTo(before + 1);
        assertThat(responses.answers(first.reference())).extracting(ConsultationResponses.StoredAnswer::codes)
                .containsExactlyInAnyOrder("other", "no", "short-journey,own-team,any-evening,book-online", null);
        assertThat(responses.answers(first.reference())).extracting(ConsultationResponses.StoredAnswer::text).contains("Rhoose")
                .doesNotContain("Work");
    }

    @Test
    void nobody_can_send_a_response_after_the_closing_time_on_the_servers_clock() {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        ConsultationPage page = consultations.page(GP, Locale.ENGLISH).orElseThrow();
        int before = responses.count(page.id());
        Instant now = clock.instant();
        try {
            clock.set(page.closesAt().plus(Duration.ofSeconds(1)));
            ConsultationResponses.Result result = responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, someAnswers(questionnaire));
            assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.CLOSED);
            assertThat(result.reference()).isNull();
            clock.set(page.closesAt());
            assertThat(responses.submit(GP, UUID.randomUUID().toString(), Locale.ENGLISH, someAnswers(questionnaire)).outcome())
                    .as("closed at the closing time itself").isEqualTo(ConsultationResponses.Outcome.CLOSED);
        } finally {
            clock.set(now);
        }
        assertThat(responses.count(page.id())).isEqualTo(before);
    }
}
