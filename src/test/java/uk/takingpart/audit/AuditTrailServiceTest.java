package uk.takingpart.audit;

import org.springframework.security.test.context.support.WithMockUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * The audit trail against a real MariaDB (embedded, or the server SPRING_DATASOURCE_URL names).
 * The trail is append-only, so nothing here is rolled back or cleaned up: each test records
 * entries of its own under a unique marker and finds them by it, and verification always checks
 * the whole chain, other tests' entries included. Tests that tamper with rows put them back.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@WithMockUser(roles = "ANALYST")
class AuditTrailServiceTest {
    private static final String COLUMNS = "id, occurred_at, actor_type, actor_name, action, record_type, record_id,"
            + " activity_slug, summary, previous_hash, hash";

    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;

    private String marker;

    @BeforeEach
    void setUp() {
        marker = "audit-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AuditRecord record(AuditAction action, String summary) {
        return trail.record(new AuditEvent(Actor.staff("officer-" + marker), action, "activity", marker, marker, summary));
    }

    private List<AuditRecord> mine() {
        return trail.search(new AuditFilter(null, null, null, null, marker), 1000);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM audit_entry WHERE id = ?", (rs, n) -> {
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (String column : COLUMNS.split(",\\s*")) {
                // occurred_at as a LocalDateTime, so putting it back involves no time-zone conversion
                values.put(column, column.equals("occurred_at") ? rs.getObject(column, LocalDateTime.class) : rs.getObject(column));
            }
            return values;
        }, id);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.values().toArray());
    }

    private long headEntryId() {
        return jdbc.queryForObject("SELECT COALESCE(last_entry_id, 0) FROM audit_head WHERE id = 1", Long.class);
    }

    @Test
    void a_new_entry_chains_to_the_previous_one_and_the_trail_verifies() {
        AuditRecord first = record(AuditAction.ACTIVITY_CREATED, "Created the activity");
        AuditRecord second = record(AuditAction.ACTIVITY_PUBLISHED, "Published the activity");

        assertThat(second.id()).isEqualTo(first.id() + 1);
        Map<String, Object> firstRow = row(first.id());
        Map<String, Object> secondRow = row(second.id());
        assertThat(secondRow.get("previous_hash")).isEqualTo(firstRow.get("hash"));
        assertThat((String) secondRow.get("hash")).matches("[0-9a-f]{64}").isNotEqualTo(firstRow.get("hash"));
        assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class)).isEqualTo(secondRow.get("hash"));
        assertThat(headEntryId()).isEqualTo(second.id());

        assertThat(second.occurredAt()).isEqualTo(clock.instant());
        assertThat(second.actor()).isEqualTo(Actor.staff("officer-" + marker));
        assertThat(mine()).containsExactly(second, first);

        Verification verification = trail.verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(2).isEqualTo(headEntryId());
        assertThat(verification.firstBrokenEntryId()).isNull();
    }

    @Test
    void editing_one_row_in_the_database_makes_verification_name_that_row() {
        AuditRecord before = record(AuditAction.BOOKING_MADE, "Booked 2 places");
        AuditRecord edited = record(AuditAction.BOOKING_CANCELLED, "Cancelled a booking");
        record(AuditAction.BOOKING_MADE, "Booked 1 place");
        assertThat(trail.verify().intact()).isTrue();

        try {
            jdbc.update("UPDATE audit_entry SET summary = ? WHERE id = ?", "Nothing happened", edited.id());

            Verification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(edited.id());
            assertThat(verification.problem()).contains("changed");
            assertThat(verification.entriesChecked()).isEqualTo(edited.id());
            assertThat(before.id()).isLessThan(edited.id());
        } finally {
            jdbc.update("UPDATE audit_entry SET summary = ? WHERE id = ?", edited.summary(), edited.id());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deleting_a_row_in_the_middle_makes_verification_name_the_entry_after_the_gap() {
        record(AuditAction.RESPONSE_SUBMITTED, "Response received");
        AuditRecord deleted = record(AuditAction.RESPONSE_SUBMITTED, "Response received");
        record(AuditAction.RESPONSE_SUBMITTED, "Response received");
        assertThat(trail.verify().intact()).isTrue();
        long next = jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE id > ?", Long.class, deleted.id());

        Map<String, Object> saved = row(deleted.id());
        try {
            assertThat(jdbc.update("DELETE FROM audit_entry WHERE id = ?", deleted.id())).isEqualTo(1);

            Verification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(next);
            assertThat(verification.problem()).contains("missing");
        } finally {
            reinsert(saved);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deleting_the_last_row_is_detected() {
        AuditRecord last = record(AuditAction.OUTCOME_PUBLISHED, "Published what we did");
        assertThat(headEntryId()).isEqualTo(last.id());
        assertThat(trail.verify().intact()).isTrue();

        Map<String, Object> saved = row(last.id());
        try {
            assertThat(jdbc.update("DELETE FROM audit_entry WHERE id = ?", last.id())).isEqualTo(1);

            Verification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(last.id()).isEqualTo(headEntryId());
            assertThat(verification.entriesChecked()).isEqualTo(last.id() - 1);
            assertThat(verification.problem()).contains("deleted");
        } finally {
            reinsert(saved);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void rewriting_a_row_and_its_hash_makes_verification_name_that_row() {
        AuditRecord rewritten = record(AuditAction.SETTING_CHANGED, "Changed the closing reminder");
        record(AuditAction.SETTING_CHANGED, "Changed the organisation email");
        Map<String, Object> saved = row(rewritten.id());
        StoredEntry forged = new StoredEntry(rewritten.id(), rewritten.occurredAt(), "STAFF", "officer-" + marker,
                "SETTING_CHANGED", "activity", marker, marker, "Nothing was changed", (String) saved.get("previous_hash"), null).sealed();
        try {
            jdbc.update("UPDATE audit_entry SET summary = ?, hash = ? WHERE id = ?", forged.summary(), forged.hash(), rewritten.id());

            Verification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenEntryId()).isEqualTo(rewritten.id());
        } finally {
            jdbc.update("UPDATE audit_entry SET summary = ?, hash = ? WHERE id = ?", saved.get("summary"), saved.get("hash"), rewritten.id());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrent_appends_from_many_threads_still_form_one_chain() throws Exception {
        int threads = 8;
        int perThread = 10;
        long headBefore = headEntryId();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "thread-" + t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String summary = thread + " entry " + i;
                        transaction.executeWithoutResult(status -> trail.record(new AuditEvent(Actor.system(),
                                AuditAction.BOOKING_MADE, "booking", thread, marker, summary)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditRecord> appended = mine();
        assertThat(appended).hasSize(threads * perThread);
        assertThat(appended).extracting(AuditRecord::id).doesNotHaveDuplicates();
        assertThat(headEntryId()).isGreaterThanOrEqualTo(headBefore + threads * perThread);
        Verification verification = trail.verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(headEntryId());
    }

    @Test
    void an_entry_rolls_back_with_the_change_it_describes() {
        long headBefore = headEntryId();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            record(AuditAction.BOOKING_MADE, "Booked a place");
            throw new IllegalStateException("the booking failed after the entry was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(mine()).isEmpty();
        assertThat(headEntryId()).isEqualTo(headBefore);
        AuditRecord next = record(AuditAction.BOOKING_MADE, "Booked a place, second try");
        assertThat(next.id()).isEqualTo(headBefore + 1);
        Verification verification = trail.verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
    }

    @Test
    void search_filters_by_date_action_actor_and_activity_newest_first() {
        Instant now = clock.instant();
        String alice = "alice-" + marker;
        String bob = "bob-" + marker;
        String slugA = marker + "-a";
        String slugB = marker + "-b";
        AuditRecord oldest;
        AuditRecord middle;
        AuditRecord newest;
        AuditRecord other;
        try {
            clock.set(now.minus(Duration.ofDays(3)));
            oldest = trail.record(new AuditEvent(Actor.staff(alice), AuditAction.ACTIVITY_CREATED, "activity", "1", slugA, "Created"));
            clock.set(now.minus(Duration.ofDays(1)));
            newest = trail.record(new AuditEvent(Actor.staff(alice), AuditAction.ACTIVITY_EDITED, "activity", "1", slugA, "Edited"));
            // recorded last, but happened in between: the list goes by time
            clock.set(now.minus(Duration.ofDays(2)));
            middle = trail.record(new AuditEvent(Actor.staff(bob), AuditAction.ACTIVITY_EDITED, "activity", "1", slugA, "Edited"));
            other = trail.record(new AuditEvent(Actor.staff(alice), AuditAction.ACTIVITY_EDITED, "activity", "2", slugB, "Edited"));
        } finally {
            clock.set(now);
        }

        assertThat(trail.search(new AuditFilter(null, null, null, null, slugA), 100)).containsExactly(newest, middle, oldest);
        assertThat(trail.search(new AuditFilter(null, null, null, null, slugA), 2)).containsExactly(newest, middle);
        assertThat(trail.search(new AuditFilter(null, null, AuditAction.ACTIVITY_EDITED, null, slugA), 100)).containsExactly(newest, middle);
        assertThat(trail.search(new AuditFilter(null, null, null, alice, null), 100)).containsExactly(newest, other, oldest);
        assertThat(trail.search(new AuditFilter(null, null, AuditAction.ACTIVITY_EDITED, alice, null), 100)).containsExactly(newest, other);
        // from is inclusive, to is exclusive
        assertThat(trail.search(new AuditFilter(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), null, null, slugA), 100))
                .containsExactly(middle);
        assertThat(trail.search(new AuditFilter(now.minus(Duration.ofDays(3)), null, null, bob, null), 100)).containsExactly(middle);
        assertThat(trail.search(new AuditFilter(null, now.minus(Duration.ofDays(3)), null, null, slugA), 100)).isEmpty();
        assertThat(trail.search(new AuditFilter(null, null, AuditAction.BOOKING_MADE, alice, null), 100)).isEmpty();
        assertThatThrownBy(() -> trail.search(AuditFilter.ANY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csv_export_quotes_fields_and_neutralises_formulas() {
        String summary = "=HYPERLINK(\"http://example.com\",\"click\"), said \"hello\"\nand left";
        AuditRecord entry = trail.record(new AuditEvent(Actor.staff("officer-" + marker), AuditAction.FORMAT_REQUESTED,
                "format-request", "-2+3", marker, summary));
        AuditRecord plain = trail.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.FORMAT_REQUESTED,
                null, null, marker, "Asked for easy read"));
        StringWriter out = new StringWriter();

        trail.exportCsv(new AuditFilter(null, null, null, null, marker), out);

        String time = DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt());
        assertThat(out.toString()).isEqualTo(
                "id,occurred_at,actor_type,actor,action,record_type,record_id,activity,summary\r\n"
                + plain.id() + "," + time + ",PUBLIC,,FORMAT_REQUESTED,,," + marker + ",Asked for easy read\r\n"
                + entry.id() + "," + time + ",STAFF,officer-" + marker + ",FORMAT_REQUESTED,format-request,'-2+3," + marker
                + ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\"), said \"\"hello\"\"\nand left\"\r\n");
        assertThat(time).endsWith("Z");
    }

    @Test
    void csv_export_pages_through_more_entries_than_one_page() {
        int count = AuditTrail.PAGE_SIZE + 5;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                trail.record(new AuditEvent(Actor.system(), AuditAction.SETTING_CHANGED, null, Integer.toString(i), marker, "Step " + i));
            }
        });
        StringWriter out = new StringWriter();

        trail.exportCsv(new AuditFilter(null, null, null, null, marker), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(count + 1);
        assertThat(lines[1]).endsWith(",Step " + (count - 1));
        assertThat(lines[count]).endsWith(",Step 0");
    }

    @Test
    void a_member_of_the_public_is_recorded_without_personal_data() {
        AuditRecord entry = trail.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.BOOKING_MADE,
                "booking", marker, marker, "Booked a place as a guest"));

        Map<String, Object> stored = jdbc.queryForMap("SELECT actor_type, actor_name FROM audit_entry WHERE id = ?", entry.id());
        assertThat(stored.get("actor_type")).isEqualTo("PUBLIC");
        assertThat(stored.get("actor_name")).isNull();
        assertThat(entry.actor()).isEqualTo(Actor.memberOfThePublic());
        assertThat(mine()).extracting(AuditRecord::actor).containsExactly(new Actor(ActorType.PUBLIC, null));
        assertThatThrownBy(() -> new Actor(ActorType.PUBLIC, "Jane Jones")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_blank_summary_is_refused_and_a_long_one_is_cut_to_fit() {
        assertThatThrownBy(() -> new AuditEvent(Actor.system(), AuditAction.SETTING_CHANGED, null, null, null, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.staff(" ")).isInstanceOf(IllegalArgumentException.class);

        // 1,001 characters, each outside the Basic Multilingual Plane: cut by character, never mid-pair
        String longSummary = "🙂".repeat(1001);
        AuditRecord entry = trail.record(new AuditEvent(Actor.system(), AuditAction.SETTING_CHANGED, null, null, marker, longSummary));

        assertThat(entry.summary()).isEqualTo("🙂".repeat(1000));
        assertThat(mine()).extracting(AuditRecord::summary).containsExactly("🙂".repeat(1000));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void actions_have_lowercase_hyphenated_keys() {
        assertThat(AuditAction.STAFF_SIGN_IN_FAILED.key()).isEqualTo("staff-sign-in-failed");
        assertThat(AuditAction.AUDIT_VERIFIED.key()).isEqualTo("audit-verified");
        assertThat(ActorType.PUBLIC.key()).isEqualTo("public");
    }

    @Test
    void the_repository_offers_no_way_to_delete_or_save_over_an_entry() {
        assertThat(org.springframework.data.repository.CrudRepository.class.isAssignableFrom(AuditEntryRepository.class)).isFalse();
        assertThat(AuditEntryRepository.class.getMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("remove") || name.startsWith("update")
                        || name.startsWith("merge"));
        assertThat(new AuditEntry(new StoredEntry(1L, Instant.EPOCH, "SYSTEM", null, "SETTING_CHANGED", null, null, null,
                "x", StoredEntry.GENESIS, null)).isNew()).isTrue();
    }
}
