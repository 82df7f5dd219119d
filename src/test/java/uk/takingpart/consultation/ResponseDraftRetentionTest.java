package uk.takingpart.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.base.journey.Draft;
import uk.takingpart.base.journey.JourneyDrafts;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/** Responses saved for later are deleted a configurable time (30 days here) after their consultation closes; each run is audited. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@Transactional
class ResponseDraftRetentionTest {
    @Autowired ResponseDraftRetention retention;
    @Autowired JourneyDrafts drafts;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void a_draft_of_a_consultation_closed_31_days_ago_is_deleted_but_29_days_ago_or_still_open_is_kept() {
        assertThat(retention.keep()).isEqualTo(Duration.ofDays(30));
        List<Long> consultations = jdbc.sql("SELECT id FROM consultation ORDER BY id").query(Long.class).list();
        assertThat(consultations).hasSizeGreaterThanOrEqualTo(3);
        Instant now = clock.instant();
        long longClosed = consultations.get(0), recentlyClosed = consultations.get(1), open = consultations.get(2);
        closes(longClosed, now.minus(Duration.ofDays(31)));
        closes(recentlyClosed, now.minus(Duration.ofDays(29)));
        closes(open, now.plus(Duration.ofDays(10)));
        Draft gone = saved(longClosed);
        Draft kept = saved(recentlyClosed);
        Draft stillOpen = saved(open);
        String otherJourney = drafts.save(Draft.begin("booking", String.valueOf(longClosed))).key();
        long audited = audits();

        int deleted = retention.deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(drafts.find(gone.key(), ResponseDraftRetention.KIND)).as("closed 31 days ago").isEmpty();
        assertThat(drafts.find(kept.key(), ResponseDraftRetention.KIND)).as("closed 29 days ago").isPresent();
        assertThat(drafts.find(stillOpen.key(), ResponseDraftRetention.KIND)).as("still open").isPresent();
        assertThat(drafts.find(otherJourney, "booking")).as("a booking draft with the same subject number").isPresent();
        assertThat(audits()).isEqualTo(audited + 1);
        String summary = jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'RESPONSE_DRAFTS_DELETED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(summary).contains(String.valueOf(deleted)).doesNotContain("Barry");
        assertThat(jdbc.sql("SELECT actor_name FROM audit_entry WHERE action = 'RESPONSE_DRAFTS_DELETED' ORDER BY id DESC LIMIT 1")
                .query(String.class).optional()).isEmpty();
    }

    private Draft saved(long consultation) {
        Draft draft = Draft.begin(ResponseDraftRetention.KIND, String.valueOf(consultation));
        draft.put("q-1", "Barry");
        return drafts.save(draft);
    }

    private void closes(long consultation, Instant at) {
        jdbc.sql("UPDATE consultation SET opens_at = ?, closes_at = ? WHERE id = ?")
                .params(Utc.of(at.minus(Duration.ofDays(84))), Utc.of(at), consultation).update();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESPONSE_DRAFTS_DELETED'").query(Long.class).single();
    }
}
