package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A response sent while an editor is saving a change to the questionnaire waits for the editor's
 * save (it takes a shared lock on the questionnaire's row, which the builder holds exclusively)
 * and is then stored, rather than racing it: so the builder's "has anyone responded?" check under
 * its lock can never miss a response, and a response never fails on a question removed meanwhile.
 */
@SpringBootTest
class ResponseWhileEditingTest {
    private static final String GP = "gp-evening-and-saturday-appointments";

    @Autowired ConsultationResponses responses;
    @Autowired ConsultationService consultations;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    private String reference;

    @AfterEach
    void tidy() {
        if (reference != null) {
            jdbc.sql("DELETE FROM consultation_response WHERE reference = ?").param(reference).update();
        }
    }

    @Test
    void a_response_sent_while_the_questionnaire_row_is_held_by_an_editor_waits_and_is_then_stored() throws Exception {
        Questionnaire questionnaire = consultations.questionnaire(GP, Locale.ENGLISH).orElseThrow();
        long question = questionnaire.question("practice-area").orElseThrow().id();
        try (Connection editor = dataSource.getConnection()) {
            editor.setAutoCommit(false);
            try (PreparedStatement claim = editor.prepareStatement("UPDATE questionnaire SET version = version + 1 WHERE id = ?")) {
                claim.setLong(1, questionnaire.id());
                assertThat(claim.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<ConsultationResponses.Result> sent = CompletableFuture.supplyAsync(() -> responses.submit(GP,
                    UUID.randomUUID().toString(), Locale.ENGLISH, Map.of(question, new Answer.Choice("barry", null))));

            // (seeing the lock wait itself needs the PROCESS privilege, which the application's user has not got)
            Thread.sleep(1500);
            assertThat(sent.isDone()).as("the response waits for the editor's lock").isFalse();
            editor.rollback();

            ConsultationResponses.Result result = sent.get(30, TimeUnit.SECONDS);
            reference = result.reference();
            assertThat(result.outcome()).isEqualTo(ConsultationResponses.Outcome.SUBMITTED);
            assertThat(responses.answers(reference)).extracting(ConsultationResponses.StoredAnswer::codes).containsExactly("barry");
        }
    }
}
