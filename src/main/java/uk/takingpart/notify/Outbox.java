package uk.takingpart.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing email through an outbox table. Features call {@link #enqueue} inside the transaction
 * that makes the change (a booking, a cancellation), so the email exists exactly when the change
 * does. {@link #sendDue} then sends by SMTP and retries with back-off, so a mail server that is
 * down loses nothing; several app nodes can send at once without sending anything twice.
 */
@Service
public class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository entries;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final int batch;

    Outbox(OutboxRepository entries, ObjectProvider<JavaMailSender> mail, Clock clock,
           @Value("${takingpart.mail.from:no-reply@example.org}") String from,
           @Value("${takingpart.mail.max-attempts:20}") int maxAttempts,
           @Value("${takingpart.mail.batch:20}") int batch) {
        this.entries = entries;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.batch = batch;
    }

    /** Writes the email to the outbox in the caller's transaction; it is sent after that commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingEmail email) {
        return entries.save(new OutboxEntry(email, clock.instant())).getId();
    }

    /** Sends what is due; returns how many were sent. Runs on a schedule, and may be called directly. */
    @Scheduled(fixedDelayString = "${takingpart.mail.poll:10s}", initialDelayString = "${takingpart.mail.poll:10s}")
    @Transactional
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            // no SMTP server configured: emails wait in the outbox, nothing is lost
            return 0;
        }
        List<OutboxEntry> due = entries.lockDue(clock.instant(), batch);
        int sent = 0;
        for (OutboxEntry entry : due) {
            try {
                sender.send(message(sender, entry));
                entry.sent(clock.instant());
                sent++;
            } catch (MailException | MessagingException e) {
                entry.failed(clock.instant(), e.getMessage(), maxAttempts);
                log.warn("Email {} not sent (attempt {}): {}", entry.getId(), entry.getAttempts(), e.getMessage());
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, OutboxEntry entry) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean multipart = entry.getHtmlBody() != null || entry.getAttachment() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(entry.getRecipient());
        helper.setSubject(entry.getSubject());
        if (entry.getHtmlBody() != null) {
            helper.setText(entry.getTextBody(), entry.getHtmlBody());
        } else {
            helper.setText(entry.getTextBody());
        }
        if (entry.getAttachment() != null) {
            helper.addAttachment(entry.getAttachmentName(), new ByteArrayResource(entry.getAttachment()), entry.getAttachmentType());
        }
        return message;
    }
}
