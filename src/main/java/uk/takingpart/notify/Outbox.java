package uk.takingpart.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.base.db.WriteConflicts;
import uk.takingpart.base.security.Roles;

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
    private final String keepFor;
    private final java.time.Duration lease;
    private final TransactionTemplate transactions;

    Outbox(OutboxRepository entries, ObjectProvider<JavaMailSender> mail, Clock clock, PlatformTransactionManager transactionManager,
           @Value("${takingpart.mail.from:no-reply@example.org}") String from,
           @Value("${takingpart.mail.max-attempts:20}") int maxAttempts,
           @Value("${takingpart.mail.batch:20}") int batch,
           @Value("${takingpart.mail.keep:P12M}") String keepFor,
           @Value("${takingpart.mail.lease:2m}") java.time.Duration lease) {
        this.entries = entries;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.batch = batch;
        this.keepFor = keepFor;
        this.lease = lease;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Writes the email to the outbox in the caller's transaction; it is sent after that commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingEmail email) {
        return entries.save(new OutboxEntry(email, clock.instant())).getId();
    }

    /** One email in the outbox as the back office lists it. {@code status} is PENDING, SENDING, SENT or FAILED. */
    public record Message(long id, Instant createdAt, String recipient, String language, String subject, String status,
                          int attempts, String lastError, Instant sentAt) {}

    /** One email with its bodies, to read. {@code html} is null for a plain-text email. */
    public record MessageContent(Message message, String text, String html, String attachmentName) {}

    /** The newest emails first, at most {@code limit}: in demo mode, this is where the mail can be read. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public List<Message> newest(int limit) {
        return entries.findAllByOrderByIdDesc(Limit.of(Math.max(1, limit))).stream().map(Outbox::message).toList();
    }

    /** One email with its text and HTML bodies. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINISTRATORS)
    public Optional<MessageContent> read(long id) {
        return entries.findById(id).map(e -> new MessageContent(message(e), e.getTextBody(), e.getHtmlBody(), e.getAttachmentName()));
    }

    private static Message message(OutboxEntry e) {
        return new Message(e.getId(), e.getCreatedAt(), e.getRecipient(), e.getLanguage(), e.getSubject(), e.getStatus().name(),
                e.getAttempts(), e.getLastError(), e.getSentAt());
    }

    /**
     * Deletes emails sent or failed longer ago than {@code takingpart.mail.keep} (12 months, as
     * the privacy notice says for bookings); emails still waiting are never deleted.
     */
    @Scheduled(cron = "${takingpart.mail.retention-cron:0 45 3 * * *}", zone = "${takingpart.time-zone:Europe/London}")
    @Transactional
    public int deleteOld() {
        java.time.Period keep = java.time.Period.parse(keepFor);
        int deleted = entries.deleteFinishedBefore(clock.instant().atOffset(java.time.ZoneOffset.UTC).minus(keep).toInstant());
        if (deleted > 0) {
            log.info("Deleted {} emails finished more than {} ago", deleted, keep);
        }
        return deleted;
    }

    /**
     * Sends what is due, at most a batch; returns how many were sent. Runs on a schedule, and may
     * be called directly. Each email is claimed in a transaction that commits before its SMTP
     * conversation starts (so no transaction or row lock is held while a mail server answers, and
     * another node never sends it meanwhile), then marked sent in another: an application killed
     * mid-send leaves only that one email claimed, and it is sent again once the claim's lease
     * ({@code takingpart.mail.lease}) has run out. It goes twice only if the kill fell between the
     * mail server accepting it and the mark committing; both copies then carry the same Message-ID.
     */
    @Scheduled(fixedDelayString = "${takingpart.mail.poll:10s}", initialDelayString = "${takingpart.mail.poll:10s}")
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            // no SMTP server configured: emails wait in the outbox, nothing is lost
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < batch; i++) {
            String token = java.util.UUID.randomUUID().toString();
            // two nodes may claim the same email at once on a Galera cluster: the loser claims again
            OutboxEntry entry = WriteConflicts.retrying(() -> transactions.execute(status -> claimNext(token)));
            if (entry == null) {
                break;
            }
            String error = send(sender, entry);
            Boolean held = WriteConflicts.retrying(() -> transactions.execute(status -> settle(entry.getId(), token, error)));
            if (error == null) {
                sent++;
                if (!Boolean.TRUE.equals(held)) {
                    log.warn("Email {} was sent after its claim had run out (takingpart.mail.lease is shorter than a send)", entry.getId());
                }
            } else {
                log.warn("Email {} not sent (attempt {}): {}", entry.getId(), entry.getAttempts(), error);
            }
        }
        return sent;
    }

    /** One SMTP conversation; the error, or null when the mail server accepted the email. */
    private String send(JavaMailSender sender, OutboxEntry entry) {
        try {
            sender.send(message(sender, entry));
            return null;
        } catch (MailException | MessagingException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Claims the next due email for one sending, committed before any SMTP; null when none is due. */
    private OutboxEntry claimNext(String token) {
        Instant now = clock.instant();
        List<OutboxEntry> due = entries.lockDue(now, 1);
        if (due.isEmpty()) {
            return null;
        }
        OutboxEntry entry = due.getFirst();
        if (entry.getStatus() == OutboxEntry.Status.SENDING) {
            log.warn("Email {} was claimed until {} by a sending that never finished (a stopped node?): sending it again",
                    entry.getId(), entry.getClaimedUntil());
        }
        entry.claim(token, now.plus(lease));
        return entry;
    }

    /** Records how a claimed email's sending went, if the claim is still this sending's; says whether it was. */
    private boolean settle(long id, String token, String error) {
        OutboxEntry entry = entries.findById(id).orElse(null);
        if (entry == null || !entry.claimedBy(token)) {
            return false;
        }
        if (error == null) {
            entry.sent(clock.instant());
        } else {
            entry.failed(clock.instant(), error, maxAttempts);
        }
        return true;
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
        // the same Message-ID on every try, so a copy sent twice (a kill between the mail server's
        // "accepted" and the database's "sent") is recognisably one email
        message.setHeader("Message-ID", "<outbox-" + entry.getId() + "-" + entry.getCreatedAt().toEpochMilli() + "@" + domain(from) + ">");
        return message;
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "taking-part.invalid" : domain;
    }
}
