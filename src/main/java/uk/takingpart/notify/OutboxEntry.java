package uk.takingpart.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "email_outbox")
class OutboxEntry {
    /** PENDING: waiting; SENDING: claimed by one sender until {@code claimedUntil}; SENT; FAILED: given up. */
    enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 12)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(name = "html_body", columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxEntry() {}

    OutboxEntry(OutgoingEmail email, Instant now) {
        this.createdAt = now;
        this.recipient = email.recipient();
        this.language = email.language().toLanguageTag();
        this.subject = email.subject();
        this.textBody = email.text();
        this.htmlBody = email.html();
        if (email.attachment() != null) {
            this.attachmentName = email.attachment().name();
            this.attachmentType = email.attachment().contentType();
            this.attachment = email.attachment().content();
        }
        this.nextAttemptAt = now;
    }

    Long getId() { return id; }

    Instant getCreatedAt() { return createdAt; }

    String getLanguage() { return language; }

    String getLastError() { return lastError; }

    Instant getSentAt() { return sentAt; }

    String getRecipient() { return recipient; }

    String getSubject() { return subject; }

    String getTextBody() { return textBody; }

    String getHtmlBody() { return htmlBody; }

    String getAttachmentName() { return attachmentName; }

    String getAttachmentType() { return attachmentType; }

    byte[] getAttachment() { return attachment; }

    Status getStatus() { return status; }

    int getAttempts() { return attempts; }

    Instant getNextAttemptAt() { return nextAttemptAt; }

    String getClaimedBy() { return claimedBy; }

    Instant getClaimedUntil() { return claimedUntil; }

    /** One sender takes the email for a try, until {@code until}; the try counts as an attempt from now. */
    void claim(String token, Instant until) {
        status = Status.SENDING;
        claimedBy = token;
        claimedUntil = until;
        attempts++;
    }

    /** True while the sending with this token holds the email. */
    boolean claimedBy(String token) {
        return status == Status.SENDING && token.equals(claimedBy);
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** A failed try: wait longer each time (30 s, 1, 2, 4 … minutes, at most an hour); give up after many. */
    void failed(Instant now, String error, int maxAttempts) {
        release();
        status = Status.PENDING;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return;
        }
        long seconds = Math.min(3600, 30L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
    }
}
