package uk.takingpart.notify;

import java.util.Locale;
import java.util.Objects;

/**
 * An email to send: to one person, in their language, as plain text and (optionally) accessible
 * HTML, with at most one attachment (such as a calendar file).
 */
public record OutgoingEmail(String recipient, Locale language, String subject, String text, String html, Attachment attachment) {

    public record Attachment(String name, String contentType, byte[] content) {}

    public OutgoingEmail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (!recipient.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || recipient.length() > 320) {
            throw new IllegalArgumentException("Not an email address");
        }
    }
}
