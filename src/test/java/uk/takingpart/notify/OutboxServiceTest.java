package uk.takingpart.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.testing.TestClock;
import uk.takingpart.testing.TestClockConfiguration;

/**
 * The outbox against a real MariaDB and a real SMTP server (GreenMail, in process): emails are
 * sent after the change that wrote them commits, never for a change rolled back, and a mail
 * server that is down delays an email without losing it.
 */
@SpringBootTest(properties = "takingpart.mail.poll=1h")
@Import(TestClockConfiguration.class)
class OutboxServiceTest {
    private static final int PORT = freePort();

    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;
    GreenMail smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 20000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startSmtp() throws Exception {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // earlier tests' leftovers are sent first, so each test sees only its own
        outbox.sendDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        clock.set(java.time.Instant.now());
    }

    private long enqueue(OutgoingEmail email) {
        return new TransactionTemplate(transactions).execute(status -> outbox.enqueue(email));
    }

    private static OutgoingEmail welsh(String to) {
        return new OutgoingEmail(to, Locale.forLanguageTag("cy"), "Cadarnhad o’ch archeb",
                "Diolch. Mae eich lle wedi’i gadw.", "<p lang=\"cy\">Diolch. Mae eich lle wedi’i gadw.</p>",
                new OutgoingEmail.Attachment("digwyddiad.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_email_written_with_a_change_is_delivered_by_smtp_in_text_and_html_with_its_attachment() throws Exception {
        String to = "rhiant-" + UUID.randomUUID() + "@example.org";
        enqueue(welsh(to));

        assertThat(outbox.sendDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Cadarnhad o’ch archeb");
        assertThat(received[0].getContent()).isInstanceOf(Multipart.class);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received[0]))
                .contains("text/plain").contains("text/html").contains("digwyddiad.ics").contains("text/calendar");
        assertThat(jdbc.queryForObject("SELECT status FROM email_outbox WHERE recipient = ?", String.class, to)).isEqualTo("SENT");
        assertThat(outbox.sendDue()).as("sent once, not twice").isZero();
    }

    @Test
    void emails_finished_more_than_twelve_months_ago_are_deleted_but_waiting_ones_never() {
        String sent = "old-sent-" + UUID.randomUUID() + "@example.org";
        String waiting = "old-waiting-" + UUID.randomUUID() + "@example.org";
        long sentId = enqueue(welsh(sent));
        outbox.sendDue();
        smtp.stop();
        long waitingId = enqueue(welsh(waiting));
        outbox.sendDue();
        String thirteenMonthsAgo = "DATE_SUB(NOW(6), INTERVAL 13 MONTH)";
        jdbc.update("UPDATE email_outbox SET created_at = " + thirteenMonthsAgo + " WHERE id IN (?, ?)", sentId, waitingId);
        String recent = "recent-" + UUID.randomUUID() + "@example.org";
        long recentId = enqueue(welsh(recent));
        jdbc.update("UPDATE email_outbox SET status = 'SENT', sent_at = NOW(6) WHERE id = ?", recentId);

        assertThat(outbox.deleteOld()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE id = ?", Integer.class, sentId)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM email_outbox WHERE id = ?", String.class, waitingId)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE id = ?", Integer.class, recentId)).isOne();
        // the waiting email would otherwise be sent in the next test and spoil its count
        jdbc.update("DELETE FROM email_outbox WHERE id IN (?, ?)", waitingId, recentId);
    }

    @Test
    void an_email_for_a_change_that_rolled_back_is_never_sent() {
        String to = "rolled-back-" + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.enqueue(welsh(to));
            throw new IllegalStateException("the booking failed");
        })).isInstanceOf(IllegalStateException.class);

        outbox.sendDue();

        assertThat(smtp.getReceivedMessagesForDomain(to)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE recipient = ?", Integer.class, to)).isZero();
    }

    @Test
    void an_email_cannot_be_written_outside_the_change_it_belongs_to() {
        assertThatThrownBy(() -> outbox.enqueue(welsh("nobody@example.org"))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void with_the_mail_server_down_the_email_waits_and_arrives_after_it_restarts() {
        String to = "patient-" + UUID.randomUUID() + "@example.org";
        smtp.stop();
        enqueue(welsh(to));

        assertThat(outbox.sendDue()).isZero();
        assertThat(jdbc.queryForObject("SELECT attempts FROM email_outbox WHERE recipient = ?", Integer.class, to)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM email_outbox WHERE recipient = ?", String.class, to)).isEqualTo("PENDING");

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(outbox.sendDue()).as("not before the back-off has passed").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(outbox.sendDue()).isEqualTo(1);

        assertThat(smtp.getReceivedMessagesForDomain(to)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM email_outbox WHERE recipient = ?", String.class, to)).isEqualTo("SENT");
    }

    @Test
    void an_email_being_sent_when_its_sender_dies_is_held_by_its_claim_and_sent_exactly_once_after_the_lease()
            throws Exception {
        String to = "mid-send-" + UUID.randomUUID() + "@example.org";
        long id = enqueue(welsh(to));
        smtp.stop();
        // a mail server that takes the connection and then says nothing: the sender is stuck mid-send
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress("127.0.0.1", PORT));
            Future<Socket> conversation = threads.submit(silent::accept);
            ExecutorService node = Executors.newSingleThreadExecutor();
            Future<Integer> stuck = node.submit(outbox::sendDue);
            Socket open = conversation.get(20, TimeUnit.SECONDS);

            assertThat(status(id)).as("claimed and committed before the SMTP conversation").isEqualTo("SENDING");
            assertThat(outbox.sendDue()).as("another sender meanwhile leaves it alone").isZero();

            // the stuck sender's node is gone: its claim stays in the table until the lease runs out
            silent.close();
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            clock.advance(Duration.ofSeconds(119));
            assertThat(outbox.sendDue()).as("not while the lease lasts").isZero();
            clock.advance(Duration.ofSeconds(2));
            assertThat(outbox.sendDue()).as("after the lease, another sender sends it").isEqualTo(1);

            MimeMessage[] received = smtp.getReceivedMessagesForDomain(to);
            assertThat(received).hasSize(1);
            assertThat(received[0].getMessageID()).startsWith("<outbox-" + id + "-");
            assertThat(status(id)).isEqualTo("SENT");
            assertThat(jdbc.queryForObject("SELECT attempts FROM email_outbox WHERE id = ?", Integer.class, id)).isEqualTo(2);

            // the old sending fails late (its connection drops): it no longer holds the email and changes nothing
            open.close();
            assertThat(stuck.get(30, TimeUnit.SECONDS)).isZero();
            node.shutdown();
            assertThat(status(id)).isEqualTo("SENT");
            assertThat(outbox.sendDue()).isZero();
            assertThat(smtp.getReceivedMessagesForDomain(to)).as("exactly once").hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM email_outbox WHERE id = ?", String.class, id);
    }
}
