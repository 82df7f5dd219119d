package uk.takingpart.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.takingpart.notify.Outbox;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * Bookings against a real MariaDB and a real SMTP server (GreenMail, in process): capacity under
 * a crowd, the waiting list, one booking per request, and the emails people get, in their
 * language, with a calendar file that calendar software can read.
 */
@SpringBootTest(properties = {"takingpart.mail.poll=1h", "takingpart.booking.reminder-poll=1h"})
@Import(TestClockConfiguration.class)
class BookingServiceTest {
    private static final int PORT = freePort();
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired BookingService bookings;
    @Autowired BookingRetention retention;
    @Autowired BookingRepository bookingRows;
    @Autowired EventSessionRepository sessions;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired TestClock clock;
    GreenMail smtp;
    BookingFixtures fixtures;
    long activity;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        clock.set(NOW);
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        outbox.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        fixtures = new BookingFixtures(jdbc, sessions);
        activity = fixtures.activity("EVENT", NOW);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        fixtures.delete(activity);
        clock.set(Instant.now());
    }

    @Test
    void fifty_people_racing_for_the_last_five_places_get_exactly_five() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 10, 5);
        assertThat(bookings.book(BookingFixtures.request(session.getId(), 5, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.BOOKED);

        int people = 50;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingResult>> attempts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            BookingRequest request = BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false);
            Callable<BookingResult> attempt = () -> {
                start.await();
                return bookings.book(request);
            };
            attempts.add(pool.submit(attempt));
        }
        start.countDown();
        int booked = 0;
        int full = 0;
        for (Future<BookingResult> attempt : attempts) {
            switch (attempt.get().outcome()) {
                case BOOKED -> booked++;
                case FULL -> full++;
                default -> throw new AssertionError("Unexpected " + attempt.get().outcome());
            }
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(5);
        assertThat(full).isEqualTo(45);
        assertThat(bookingRows.placesTaken(session.getId())).isEqualTo(10);
        assertThat(bookings.session(session.getId(), Locale.ENGLISH).orElseThrow().placesLeft()).isZero();
        // those refused can still join the waiting list
        BookingResult waiting = bookings.book(BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, true));
        assertThat(waiting.outcome()).isEqualTo(BookingResult.Outcome.WAITING_LIST);
        assertThat(waiting.booking().waitingPosition()).isEqualTo(1);
    }

    @Test
    void a_crowd_queueing_for_one_session_leaves_the_other_database_connections_free() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 10, 5);
        int people = 30; // three times the connection pool
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<BookingResult>> attempts = new ArrayList<>();
        try (Connection elsewhere = dataSource.getConnection()) {
            // a booking in progress elsewhere (another node, say) holds the session's row
            elsewhere.setAutoCommit(false);
            try (PreparedStatement lock = elsewhere.prepareStatement("SELECT id FROM event_session WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, session.getId());
                lock.executeQuery().close();
            }
            for (int i = 0; i < people; i++) {
                BookingRequest request = BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, true);
                attempts.add(pool.submit(() -> bookings.book(request)));
            }
            Thread.sleep(1500);
            assertThat(attempts).noneMatch(Future::isDone);

            // while they queue, another person's page still gets a connection (within the pool's 3 s)
            assertThat(bookings.session(session.getId(), Locale.ENGLISH)).isPresent();
            elsewhere.rollback();
        }
        int booked = 0;
        int waiting = 0;
        for (Future<BookingResult> attempt : attempts) {
            switch (attempt.get().outcome()) {
                case BOOKED -> booked++;
                case WAITING_LIST -> waiting++;
                default -> throw new AssertionError("Unexpected " + attempt.get().outcome());
            }
        }
        pool.shutdown();
        assertThat(booked).isEqualTo(10);
        assertThat(waiting).isEqualTo(20);
        assertThat(bookingRows.placesTaken(session.getId())).isEqualTo(10);
    }

    @Test
    void someone_booking_a_session_already_full_is_told_at_once_while_another_booking_holds_its_turn() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 1, 1);
        assertThat(bookings.book(BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.BOOKED);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection elsewhere = dataSource.getConnection()) {
            // a booking in progress (a cancellation, say) holds the session's row
            elsewhere.setAutoCommit(false);
            try (PreparedStatement lock = elsewhere.prepareStatement("SELECT id FROM event_session WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, session.getId());
                lock.executeQuery().close();
            }
            BookingRequest late = BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false);
            Future<BookingResult> answer = pool.submit(() -> bookings.book(late));
            // without the early answer it would wait for the row (50 s) behind the booking in progress
            BookingResult result = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result.outcome()).isEqualTo(BookingResult.Outcome.FULL);
            assertThat(result.placesLeft()).isZero();
            elsewhere.rollback();
        } finally {
            pool.shutdownNow();
        }
        // asking to join the waiting list still takes its turn, and gets its place in the queue
        assertThat(bookings.book(BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, true)).outcome())
                .isEqualTo(BookingResult.Outcome.WAITING_LIST);
        assertThat(bookingRows.placesTaken(session.getId())).isEqualTo(1);
    }

    @Test
    void the_same_request_sent_twice_at_once_books_once() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 10, 5);
        BookingRequest request = BookingFixtures.request(session.getId(), 2, BookingFixtures.email(), Locale.ENGLISH, false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<BookingResult> first = pool.submit(() -> { start.await(); return bookings.book(request); });
        Future<BookingResult> second = pool.submit(() -> { start.await(); return bookings.book(request); });
        start.countDown();
        String a = first.get().booking().reference();
        String b = second.get().booking().reference();
        pool.shutdown();

        assertThat(a).isEqualTo(b);
        assertThat(bookingRows.findBySessionIdOrderByCreatedAtAscIdAsc(session.getId())).hasSize(1);
        assertThat(bookingRows.placesTaken(session.getId())).isEqualTo(2);
        assertThat(bookings.book(request).booking().reference()).isEqualTo(a);
    }

    @Test
    void a_cancelled_place_goes_to_the_first_on_the_waiting_list_who_is_told_in_their_language() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 2, 2);
        BookingResult holder = bookings.book(BookingFixtures.request(session.getId(), 2, BookingFixtures.email(), Locale.ENGLISH, false));
        String welshEmail = BookingFixtures.email();
        String englishEmail = BookingFixtures.email();
        BookingResult first = bookings.book(BookingFixtures.request(session.getId(), 1, welshEmail, Locale.forLanguageTag("cy"), true));
        BookingResult second = bookings.book(BookingFixtures.request(session.getId(), 1, englishEmail, Locale.ENGLISH, true));
        assertThat(first.outcome()).isEqualTo(BookingResult.Outcome.WAITING_LIST);
        assertThat(second.booking().waitingPosition()).isEqualTo(2);
        outbox.sendDue();
        smtp.purgeEmailFromAllMailboxes();

        // one place frees: it goes to the first in the queue, not the second
        assertThat(bookings.changePlaces(holder.booking().manageToken(), 1)).isEqualTo(BookingService.Change.CHANGED);

        assertThat(bookings.byManageLink(first.booking().manageToken(), Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookings.byManageLink(second.booking().manageToken(), Locale.ENGLISH).orElseThrow().waitingPosition()).isEqualTo(1);
        outbox.sendDue();
        MimeMessage offered = only(welshEmail);
        assertThat(offered.getSubject()).isEqualTo("Mae lle ar gael i chi: Diwrnod cynllunio seibiannau byr");
        assertThat(text(offered)).contains("Newyddion da").contains(first.booking().reference());
        assertThat(calendar(offered)).isNotNull();
        assertThat(smtp.getReceivedMessagesForDomain(englishEmail)).isEmpty();

        // the holder cancels: the second in the queue gets the last place
        assertThat(bookings.cancel(holder.booking().manageToken())).isTrue();
        assertThat(bookings.byManageLink(second.booking().manageToken(), Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookingRows.placesTaken(session.getId())).isEqualTo(2);
        outbox.sendDue();
        assertThat(only(englishEmail).getSubject()).isEqualTo("A place has come up for you: Short breaks planning day");
        assertThat(bookings.cancel(holder.booking().manageToken())).as("a second cancel changes nothing").isFalse();
    }

    @Test
    void confirmation_emails_arrive_in_english_and_welsh_with_a_calendar_file_that_parses() throws Exception {
        Instant start = NOW.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        EventSession session = fixtures.session(activity, start, 10, 5);
        String english = BookingFixtures.email();
        String welsh = BookingFixtures.email();
        BookingResult en = bookings.book(BookingFixtures.request(session.getId(), 2, english, Locale.ENGLISH, false));
        BookingResult cy = bookings.book(BookingFixtures.request(session.getId(), 1, welsh, Locale.forLanguageTag("cy"), false));

        assertThat(outbox.sendDue()).isGreaterThanOrEqualTo(2);

        MimeMessage enMessage = only(english);
        assertThat(enMessage.getSubject()).isEqualTo("You are booked: Short breaks planning day");
        assertThat(text(enMessage)).contains("Dear Test Booker,").contains("Booking reference: " + en.booking().reference())
                .contains("2 places").contains("Cowbridge Town Hall, High Street, Cowbridge")
                .contains("/en/bookings/" + en.booking().manageToken());
        assertThat(html(enMessage)).contains("<html lang=\"en\">").contains("<h1").contains("<dl>");

        MimeMessage cyMessage = only(welsh);
        assertThat(cyMessage.getSubject()).isEqualTo("Rydych chi wedi archebu: Diwrnod cynllunio seibiannau byr");
        assertThat(text(cyMessage)).contains("Annwyl Test Booker,").contains("Cyfeirnod archebu: " + cy.booking().reference())
                .contains("Neuadd y Dref y Bont-faen").contains("/cy/bookings/" + cy.booking().manageToken());
        assertThat(html(cyMessage)).contains("<html lang=\"cy\">");

        Calendar calendar = calendar(cyMessage);
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Diwrnod cynllunio seibiannau byr");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(event.getUid().orElseThrow().getValue()).contains(cy.booking().reference());
        assertThat(new String(bookings.calendarFile(cy.booking().manageToken(), Locale.ENGLISH).orElseThrow(), StandardCharsets.UTF_8))
                .contains("STATUS:CONFIRMED", "SEQUENCE:", "UID:booking-" + cy.booking().reference());

        // cancelling sends a file that takes the same event out of the calendar
        assertThat(bookings.cancel(cy.booking().manageToken())).isTrue();
        outbox.sendDue();
        MimeMessage[] afterCancel = smtp.getReceivedMessagesForDomain(welsh);
        assertThat(afterCancel).hasSize(2);
        VEvent removed = calendar(afterCancel[1]).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(removed.getUid().orElseThrow().getValue()).isEqualTo(event.getUid().orElseThrow().getValue());
        assertThat(removed.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void with_the_mail_server_down_the_booking_succeeds_and_the_email_arrives_once_it_is_back() throws Exception {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 10, 5);
        String email = BookingFixtures.email();
        smtp.stop();

        BookingResult result = bookings.book(BookingFixtures.request(session.getId(), 1, email, Locale.ENGLISH, false));
        assertThat(result.outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        assertThat(outbox.sendDue()).isZero();

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(outbox.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(only(email).getSubject()).startsWith("You are booked");
    }

    @Test
    void a_reminder_goes_two_days_before_once_and_not_to_people_who_booked_later() throws Exception {
        Instant start = NOW.plus(Duration.ofDays(5));
        EventSession session = fixtures.session(activity, start, 10, 5);
        String early = BookingFixtures.email();
        bookings.book(BookingFixtures.request(session.getId(), 1, early, Locale.forLanguageTag("cy"), false));
        outbox.sendDue();
        smtp.purgeEmailFromAllMailboxes();

        clock.set(start.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(1)));
        assertThat(bookings.sendReminders()).as("not yet").isZero();
        String late = BookingFixtures.email();
        clock.set(start.minus(Duration.ofDays(1)));
        bookings.book(BookingFixtures.request(session.getId(), 1, late, Locale.ENGLISH, false));
        assertThat(bookings.sendReminders()).isEqualTo(1);
        assertThat(bookings.sendReminders()).as("only once").isZero();
        outbox.sendDue();
        MimeMessage reminder = only(early);
        assertThat(reminder.getSubject()).isEqualTo("Nodyn atgoffa: mae Diwrnod cynllunio seibiannau byr ymhen deuddydd");
        assertThat(calendar(reminder)).isNotNull();
        assertThat(smtp.getReceivedMessagesForDomain(late)).hasSize(1); // the confirmation only
    }

    @Test
    void refuses_what_cannot_be_booked_with_a_reason() {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 3, 2);
        assertThat(bookings.book(BookingFixtures.request(session.getId(), 3, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.TOO_MANY_PLACES);
        assertThat(bookings.book(BookingFixtures.request(session.getId(), 2, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.BOOKED);
        BookingResult notEnough = bookings.book(BookingFixtures.request(session.getId(), 2, BookingFixtures.email(), Locale.ENGLISH, false));
        assertThat(notEnough.outcome()).isEqualTo(BookingResult.Outcome.FULL);
        assertThat(notEnough.placesLeft()).isEqualTo(1);

        EventSession past = fixtures.session(activity, NOW.minus(Duration.ofHours(1)), 3, 2);
        assertThat(bookings.book(BookingFixtures.request(past.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.SESSION_STARTED);
        EventSession cancelled = fixtures.session(activity, NOW.plus(Duration.ofDays(3)), 3, 2);
        cancelled.cancel(NOW);
        sessions.save(cancelled);
        assertThat(bookings.book(BookingFixtures.request(cancelled.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.SESSION_CANCELLED);
        assertThat(bookings.book(BookingFixtures.request(999_999_999L, 1, BookingFixtures.email(), Locale.ENGLISH, false)).outcome())
                .isEqualTo(BookingResult.Outcome.NO_SUCH_SESSION);
    }

    @Test
    void a_tampered_manage_link_finds_nothing_and_changes_nothing() {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 3, 2);
        BookingResult booked = bookings.book(BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false));
        String token = booked.booking().manageToken();
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThat(bookings.byManageLink(tampered, Locale.ENGLISH)).isEmpty();
        assertThat(bookings.byManageLink("../../etc", Locale.ENGLISH)).isEmpty();
        assertThat(bookings.cancel(tampered)).isFalse();
        assertThat(bookings.changePlaces(tampered, 2)).isEqualTo(BookingService.Change.NO_SUCH_BOOKING);
        assertThat(bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void a_manage_link_with_only_one_letters_case_changed_finds_nothing() {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 3, 2);
        BookingResult booked = bookings.book(BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false));
        String token = booked.booking().manageToken();
        int letter = firstLetter(token);
        char c = token.charAt(letter);
        String caseChanged = token.substring(0, letter)
                + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + token.substring(letter + 1);
        assertThat(caseChanged).isNotEqualTo(token).isEqualToIgnoringCase(token);
        assertThat(bookings.byManageLink(caseChanged, Locale.ENGLISH)).isEmpty();
        assertThat(bookings.calendarFile(caseChanged, Locale.ENGLISH)).isEmpty();
        assertThat(bookings.cancel(caseChanged)).isFalse();
        assertThat(bookings.changePlaces(caseChanged, 2)).isEqualTo(BookingService.Change.NO_SUCH_BOOKING);
        assertThat(bookings.byManageLink(token, Locale.ENGLISH).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void a_request_key_differing_only_in_case_is_another_request() {
        EventSession session = fixtures.session(activity, NOW.plus(Duration.ofDays(10)), 3, 2);
        BookingRequest first = BookingFixtures.request(session.getId(), 1, BookingFixtures.email(), Locale.ENGLISH, false);
        BookingRequest second = new BookingRequest(first.requestKey().toUpperCase(Locale.ROOT), first.sessionId(), first.places(),
                first.role(), first.contact(), first.needs(), first.talkAbout(), false);
        assertThat(second.requestKey()).isNotEqualTo(first.requestKey());
        String a = bookings.book(first).booking().reference();
        String b = bookings.book(second).booking().reference();
        assertThat(b).isNotEqualTo(a);
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return i;
            }
        }
        throw new AssertionError("a 256-bit base64url token with no letter: " + token);
    }

    @Test
    void bookings_are_deleted_twelve_months_after_their_session_and_not_before() {
        Instant thirteenMonthsAgo = NOW.atZone(java.time.ZoneOffset.UTC).minusMonths(13).toInstant();
        Instant elevenMonthsAgo = NOW.atZone(java.time.ZoneOffset.UTC).minusMonths(11).toInstant();
        EventSession old = fixtures.session(activity, thirteenMonthsAgo.minus(Duration.ofHours(2)), 3, 2);
        EventSession recent = fixtures.session(activity, elevenMonthsAgo.minus(Duration.ofHours(2)), 3, 2);
        Booking oldBooking = pastBooking(old, thirteenMonthsAgo);
        Booking recentBooking = pastBooking(recent, elevenMonthsAgo);

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(bookingRows.findById(oldBooking.getId())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_need WHERE booking_id = ?", Integer.class, oldBooking.getId())).isZero();
        assertThat(bookingRows.findById(recentBooking.getId())).isPresent();
    }

    /** A booking made before its session, long ago (the service refuses to book the past, rightly). */
    private Booking pastBooking(EventSession session, Instant when) {
        BookingRequest request = new BookingRequest(java.util.UUID.randomUUID().toString(), session.getId(), 1, null,
                new Contact("Past Booker", BookingFixtures.email(), null, Locale.ENGLISH, PreferredFormat.STANDARD),
                new Needs(EnumSet.of(AccessNeed.STEP_FREE), null, null), null, false);
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String token = (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", "").substring(0, 43);
        return bookingRows.saveAndFlush(new Booking(reference, token, request, BookingStatus.CONFIRMED, when.minus(Duration.ofDays(30))));
    }

    @Test
    void contact_details_are_checked_and_tidied() {
        assertThat(new Contact("A", null, "07700 900982", Locale.ENGLISH, null).mobile()).isEqualTo("+447700900982");
        assertThat(new Contact("A", null, "+44 (0)7700 900982", Locale.ENGLISH, null).mobile()).isEqualTo("+447700900982");
        assertThat(new Contact("A", null, "0044 7700 900982", Locale.ENGLISH, null).problems()).isEmpty();
        assertThat(new Contact("A", null, "02920 000000", Locale.ENGLISH, null).problems()).containsKey("mobile");
        assertThat(new Contact("A", "not-an-email", null, Locale.ENGLISH, null).problems()).containsEntry("email", "booking.error.email.invalid");
        assertThat(new Contact(" ", null, null, Locale.ENGLISH, null).problems())
                .containsEntry("name", "booking.error.name.required").containsEntry("email", "booking.error.contact.required");
        assertThat(new Needs(EnumSet.of(AccessNeed.SPOKEN_INTERPRETER), " ", null).problems()).containsKey("interpreter-language");
        assertThat(new Contact("A", null, "07700900982", Locale.ENGLISH, null).mobileForDisplay()).isEqualTo("07700 900982");
    }

    private MimeMessage only(String recipient) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(recipient);
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        String found = find((Multipart) message.getContent(), type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                String found = find(inner, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type) && part.getFileName() == null) {
                return GreenMailUtil.getBody(part).isEmpty() ? null : (String) part.getContent();
            }
        }
        return null;
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                try (InputStream in = part.getInputStream()) {
                    return new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        throw new AssertionError("No calendar file attached");
    }

}
