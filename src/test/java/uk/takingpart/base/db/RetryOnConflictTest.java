package uk.takingpart.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.booking.BookingFixtures;
import uk.takingpart.booking.BookingRequest;
import uk.takingpart.booking.BookingResult;
import uk.takingpart.booking.BookingService;
import uk.takingpart.booking.Contact;
import uk.takingpart.booking.Needs;
import uk.takingpart.booking.PreferredFormat;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * A booking the database refuses as a write conflict is made anyway, once, by running its whole
 * transaction again; other failures are not run again. The conflict is a real InnoDB deadlock on
 * the real (embedded) MariaDB: the kind of refusal a Galera cluster gives at commit when another
 * node's transaction wrote the audit chain's head or the session's row first.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class RetryOnConflictTest {
    /** Rows the other transaction writes, so that InnoDB picks the booking as the deadlock's victim (the lighter one). */
    private static final int OTHER_TRANSACTION_ROWS = 60;

    @Autowired BookingService bookings;
    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ConfigurableApplicationContext context;
    @Autowired TestClock clock;

    private final List<MethodRetryEvent> retries = new CopyOnWriteArrayList<>();
    private final ApplicationListener<MethodRetryEvent> listener = retries::add;
    private BookingFixtures fixtures;
    private long activity;
    private Instant now;

    @BeforeEach
    void setUp() {
        now = clock.instant();
        fixtures = BookingFixtures.in(context);
        activity = fixtures.activity("EVENT", now);
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        context.removeApplicationListener(listener);
        fixtures.delete(activity);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void a_booking_chosen_as_a_deadlock_victim_is_made_once_by_running_it_again() throws Exception {
        long session = fixtures.sessionId(activity, now.plus(Duration.ofDays(10)), 5, 5, null);
        String marker = "test-retry-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        BookingRequest request = BookingFixtures.request(session, 2, BookingFixtures.email(), Locale.ENGLISH, false);
        TransactionTemplate other = new TransactionTemplate(transactionManager);
        other.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        CountDownLatch headLocked = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // another transaction (another node's, on a cluster) holds the audit chain's head and wants the session's row
            Future<Integer> otherDone = pool.submit(() -> other.execute(status -> {
                // rows of a table the booking never touches, rolled back at the end: they only make this transaction the heavier
                for (int i = 0; i < OTHER_TRANSACTION_ROWS; i++) {
                    jdbc.update("INSERT INTO area (code) VALUES (?)", marker + "-" + i);
                }
                jdbc.queryForList("SELECT last_entry_id FROM audit_head WHERE id = 1 FOR UPDATE");
                headLocked.countDown();
                awaitBookingWaitingForTheHead();
                // the booking holds this row and waits for the head: a deadlock, and InnoDB rolls the booking back
                Integer locked = jdbc.queryForObject("SELECT capacity FROM event_session WHERE id = ? FOR UPDATE", Integer.class, session);
                status.setRollbackOnly();
                return locked;
            }));
            Future<BookingResult> booked = pool.submit(() -> {
                headLocked.await();
                return bookings.book(request);
            });

            assertThat(otherDone.get(90, TimeUnit.SECONDS)).isEqualTo(5);
            BookingResult result = booked.get(60, TimeUnit.SECONDS);

            assertThat(result.outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
            assertThat(result.placesLeft()).isEqualTo(3);
            // one try failed (the deadlock), the next one succeeded
            assertThat(retries).singleElement().satisfies(retry -> {
                assertThat(retry.isRetryAborted()).isFalse();
                assertThat(retry.getMethod().getName()).isEqualTo("book");
                assertThat(WriteConflicts.isConflict(retry.getFailure())).isTrue();
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE request_key = ?", Integer.class, request.requestKey()))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = ?", Integer.class, session))
                    .isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_id = ?", Integer.class,
                    result.booking().reference())).isEqualTo(1);
            assertThat(trail.verify().intact()).isTrue();
            // the same request again is still the same booking
            assertThat(bookings.book(request).booking().reference()).isEqualTo(result.booking().reference());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failure_that_is_not_a_conflict_is_not_run_again() {
        long session = fixtures.sessionId(activity, now.plus(Duration.ofDays(10)), 5, 5, null);
        BookingRequest broken = new BookingRequest(java.util.UUID.randomUUID().toString(), session, 1, null,
                new Contact("Test Booker", "not an email address", null, Locale.ENGLISH, PreferredFormat.STANDARD), Needs.NONE, null, false);

        assertThatThrownBy(() -> bookings.book(broken)).isInstanceOf(IllegalArgumentException.class);

        // one failed try, reported, and the retry given up at once: no second try
        assertThat(retries.stream().filter(retry -> !retry.isRetryAborted()).map(MethodRetryEvent::getFailure))
                .singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(retries).filteredOn(MethodRetryEvent::isRetryAborted).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE session_id = ?", Integer.class, session)).isZero();
    }

    /**
     * Waits (at most 30 s) until another transaction waits for a lock this one holds: the booking,
     * waiting for the audit chain's head (the only row locked here that another would want).
     * Runs in the caller's transaction, so {@code CONNECTION_ID()} is its connection.
     */
    private void awaitBookingWaitingForTheHead() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryForObject("""
                SELECT COUNT(*) FROM information_schema.innodb_lock_waits w
                JOIN information_schema.innodb_trx holder ON holder.trx_id = w.blocking_trx_id
                WHERE holder.trx_mysql_thread_id = CONNECTION_ID()""", Integer.class) == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("The booking never waited for the audit chain's head; transactions: "
                        + jdbc.queryForList("SELECT trx_state, trx_rows_modified, trx_query FROM information_schema.innodb_trx"));
            }
            // InnoDB refreshes what information_schema shows of transactions only when it was not read for 100 ms
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(150));
        }
    }
}
