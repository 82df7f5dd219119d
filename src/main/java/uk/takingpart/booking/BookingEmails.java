package uk.takingpart.booking;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uk.takingpart.base.Organisation;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.notify.OutgoingEmail;

/**
 * The emails a booking sends, in the booker's language, as plain text and as simple, accessible
 * HTML (a language attribute, one heading, the details as a list, a descriptive link).
 */
@Component
class BookingEmails {

    /** What the email is about. Translation keys: {@code email.<key>.subject} and {@code .intro}. */
    enum Kind {
        CONFIRMED(true), WAITING(false), CHANGED(true), DETAILS_CHANGED(false), NEEDS_CHANGED(false), CANCELLED(false), PLACE_OFFERED(true), REMINDER(true), SESSION_CHANGED(true), SESSION_CANCELLED(false);

        final boolean attachCalendar;

        Kind(boolean attachCalendar) {
            this.attachCalendar = attachCalendar;
        }

        String key() {
            return uk.takingpart.activity.CodeKeys.key(name());
        }
    }

    private final I18NProvider translations;
    private final DateTexts dates;
    private final Organisation organisation;
    private final String publicUrl;
    private final String staffEmail;

    BookingEmails(I18NProvider translations, DateTexts dates, Organisation organisation,
                  @Value("${takingpart.public-url:http://localhost:8080}") String publicUrl,
                  @Value("${takingpart.notify.staff-email:${takingpart.organisation.email}}") String staffEmail) {
        this.staffEmail = staffEmail;
        this.translations = translations;
        this.dates = dates;
        this.organisation = organisation;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The address of a booking's manage page, in the booker's language. */
    String manageLink(Locale language, String token) {
        return publicUrl + "/" + language.getLanguage() + "/bookings/" + token;
    }

    /**
     * The email, or null when the person gave no email address (a mobile number only).
     * The joining link of an online session goes only into emails to people with a place.
     */
    /** The access and communication needs given at booking, in the booker's language; null if none. */
    private String needs(Booking booking, Locale language) {
        List<String> items = new ArrayList<>();
        booking.getNeeds().stream().sorted().forEach(need -> items.add(t(language, "booking.need." + need.key())
                + (need == AccessNeed.SPOKEN_INTERPRETER && booking.getInterpreterLanguage() != null ? ": " + booking.getInterpreterLanguage() : "")));
        if (booking.getOtherNeeds() != null && !booking.getOtherNeeds().isBlank()) {
            items.add(booking.getOtherNeeds().strip());
        }
        return items.isEmpty() ? null : String.join("\n", items);
    }

    /** How we will reach the person: email, mobile, language, format and postal address. */
    private void contactDetails(Booking booking, Locale language, List<String[]> details) {
        Contact contact = booking.contact();
        if (contact.email() != null) {
            details.add(new String[] {t(language, "booking.contact.email"), contact.email()});
        }
        if (contact.mobile() != null) {
            details.add(new String[] {t(language, "booking.contact.mobile"), contact.mobileForDisplay()});
        }
        details.add(new String[] {t(language, "email.detail.language"), uk.takingpart.base.i18n.Languages.nativeName(contact.language())});
        details.add(new String[] {t(language, "email.detail.format"), t(language, "booking.format." + contact.format().key())});
        if (contact.address() != null) {
            details.add(new String[] {t(language, "booking.address.title"), String.join("\n", contact.address().lines())});
        }
    }

    /**
     * To the staff inbox ({@code takingpart.notify.staff-email}): a person changed their access and
     * communication needs, with what they need now and where to see the session's bookings.
     */
    OutgoingEmail staffNeedsChanged(Booking booking, SessionSummary session) {
        Locale language = Locale.ENGLISH;
        String event = session.activity().title().text();
        String when = dates.range(session.startsAt(), session.endsAt(), true, language);
        Map<String, Object> args = Map.of("reference", booking.getReference(), "event", event, "when", when);
        String subject = t(language, "email.staff.needs-changed.subject", args);
        String intro = t(language, "email.staff.needs-changed.intro", args);
        String needs = needs(booking, language);
        String link = publicUrl + "/staff/sessions/" + session.id() + "/bookings";
        String text = intro + "\n\n" + t(language, "email.detail.reference") + ": " + booking.getReference() + "\n"
                + t(language, "email.detail.needs.staff") + ":\n" + (needs == null ? t(language, "booking.check.none") : needs)
                + "\n\n" + t(language, "email.staff.needs-changed.link") + ":\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + e(subject) + "</title></head>"
                + "<body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5;\"><h1 style=\"font-size: 28px;\">"
                + e(subject) + "</h1><p>" + e(intro) + "</p><dl><dt style=\"font-weight: bold;\">" + e(t(language, "email.detail.reference"))
                + "</dt><dd>" + e(booking.getReference()) + "</dd><dt style=\"font-weight: bold;\">" + e(t(language, "email.detail.needs.staff"))
                + "</dt><dd style=\"white-space: pre-line;\">" + e(needs == null ? t(language, "booking.check.none") : needs)
                + "</dd></dl><p><a href=\"" + e(link) + "\">" + e(t(language, "email.staff.needs-changed.link")) + "</a></p></body></html>";
        return new OutgoingEmail(staffEmail, language, subject, text, html, null);
    }

    OutgoingEmail email(Kind kind, Booking booking, SessionSummary session, String joiningLink, Instant now) {
        if (booking.getEmail() == null) {
            return null;
        }
        Locale language = Locale.forLanguageTag(booking.getLanguage());
        String event = session.activity().title().text();
        Map<String, Object> args = Map.of("name", booking.getName(), "event", event);
        String subject = t(language, "email." + kind.key() + ".subject", args);
        String intro = t(language, "email." + kind.key() + ".intro", args);

        List<String[]> details = new ArrayList<>();
        details.add(new String[] {t(language, "email.detail.event"), event});
        details.add(new String[] {t(language, "email.detail.when"), dates.range(session.startsAt(), session.endsAt(), true, language)});
        String where = where(session, language);
        details.add(new String[] {t(language, "email.detail.where"), where});
        if (session.leaderName() != null) {
            String leader = session.leaderRole().isEmpty() ? session.leaderName() : session.leaderName() + ", " + session.leaderRole().text();
            details.add(new String[] {t(language, "email.detail.leader"), leader});
        }
        if (kind != Kind.CANCELLED && kind != Kind.SESSION_CANCELLED) {
            details.add(new String[] {t(language, "email.detail.places"), t(language, "email.places", Map.of("count", booking.getPlaces()))});
        }
        details.add(new String[] {t(language, "email.detail.reference"), booking.getReference()});
        if (kind != Kind.CANCELLED && kind != Kind.SESSION_CANCELLED) {
            String needs = needs(booking, language);
            details.add(new String[] {t(language, "email.detail.needs"), needs == null ? t(language, "booking.check.none") : needs});
            contactDetails(booking, language, details);
        }
        boolean joining = session.mode() == SessionMode.ONLINE && booking.getStatus() == BookingStatus.CONFIRMED
                && kind.attachCalendar && joiningLink != null;
        if (joining) {
            details.add(new String[] {t(language, "email.detail.joining-link"), joiningLink});
        }

        String manage = manageLink(language, booking.getManageToken());
        boolean showManage = kind != Kind.CANCELLED && kind != Kind.SESSION_CANCELLED;
        String manageText = t(language, "email.manage", Map.of());
        String help = t(language, "email.help", organisation.arguments(language));
        String signOff = t(language, "email.sign-off", organisation.arguments(language));

        StringBuilder text = new StringBuilder();
        text.append(t(language, "email.greeting", args)).append("\n\n").append(intro).append("\n\n");
        for (String[] d : details) {
            text.append(d[0]).append(": ").append(d[1]).append('\n');
        }
        if (showManage) {
            text.append('\n').append(manageText).append(":\n").append(manage).append('\n');
        }
        text.append('\n').append(help).append("\n\n").append(signOff).append('\n');

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(language.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(e(subject))
                .append("</title></head><body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c;\">")
                .append("<h1 style=\"font-size: 28px;\">").append(e(subject)).append("</h1>")
                .append("<p>").append(e(t(language, "email.greeting", args))).append("</p>")
                .append("<p>").append(e(intro)).append("</p><dl>");
        for (String[] d : details) {
            html.append("<dt style=\"font-weight: bold;\">").append(e(d[0])).append("</dt><dd style=\"margin: 0 0 12px 0; white-space: pre-line;\">");
            if (d[1].startsWith("https://") || d[1].startsWith("http://")) {
                html.append("<a href=\"").append(e(d[1])).append("\">").append(e(d[1])).append("</a>");
            } else {
                html.append(e(d[1]));
            }
            html.append("</dd>");
        }
        html.append("</dl>");
        if (showManage) {
            html.append("<p><a href=\"").append(e(manage)).append("\" style=\"color: #1d70b8;\">").append(e(manageText)).append("</a></p>");
        }
        html.append("<p>").append(e(help)).append("</p><p>").append(e(signOff)).append("</p></body></html>");

        OutgoingEmail.Attachment calendar = null;
        if ((kind == Kind.CANCELLED || kind == Kind.SESSION_CANCELLED) && booking.getCancelledAt() != null
                && booking.getCreatedAt() != null) {
            // a file that removes the session from a calendar it was added to
            calendar = new OutgoingEmail.Attachment(CalendarFile.FILE_NAME, CalendarFile.CONTENT_TYPE,
                    CalendarFile.of(booking.getReference(), event, session.startsAt(), session.endsAt(), where, null, null, now, true));
        } else if (kind.attachCalendar && booking.getStatus() == BookingStatus.CONFIRMED) {
            String description = t(language, "email.calendar.description", Map.of("reference", booking.getReference()))
                    + (joining ? "\n" + joiningLink : "") + "\n" + manage;
            calendar = new OutgoingEmail.Attachment(CalendarFile.FILE_NAME, CalendarFile.CONTENT_TYPE,
                    CalendarFile.of(booking.getReference(), event, session.startsAt(), session.endsAt(), where, description, manage, now));
        }
        return new OutgoingEmail(booking.getEmail(), language, subject, text.toString(), html.toString(), calendar);
    }

    /** Where, in words: the venue and its address, or "Online". */
    String where(SessionSummary session, Locale language) {
        if (session.mode() == SessionMode.ONLINE) {
            return t(language, "booking.mode.online");
        }
        List<String> parts = new ArrayList<>();
        if (!session.venueName().isEmpty()) {
            parts.add(session.venueName().text());
        }
        if (!session.address().isEmpty()) {
            parts.add(session.address().text());
        }
        return parts.isEmpty() ? t(language, "booking.mode.in-person") : String.join(", ", parts);
    }

    private String t(Locale language, String key, Map<String, ?> args) {
        return translations.getTranslation(key, language, args);
    }

    private String t(Locale language, String key) {
        return translations.getTranslation(key, language);
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
