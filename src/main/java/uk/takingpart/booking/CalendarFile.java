package uk.takingpart.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** "Add to calendar": an iCalendar (RFC 5545) file for a booked session, made with iCal4j. */
final class CalendarFile {
    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    static final String FILE_NAME = "booking.ics";

    private CalendarFile() {}

    /**
     * One event, in UTC so every calendar shows it at the right local time. The UID is stable per
     * booking, so adding an updated file replaces the old entry rather than duplicating it.
     */
    static byte[] of(String reference, String title, Instant startsAt, Instant endsAt, String location,
                     String description, String manageLink, Instant stamp) {
        return of(reference, title, startsAt, endsAt, location, description, manageLink, stamp, false);
    }

    /**
     * As above; {@code cancelled} makes a file that takes the event out of a calendar it was added
     * to (same UID, a later SEQUENCE, STATUS:CANCELLED). There is no METHOD: a file to open, not
     * an iTIP invitation, which would need an organiser and attendees.
     */
    static byte[] of(String reference, String title, Instant startsAt, Instant endsAt, String location,
                     String description, String manageLink, Instant stamp, boolean cancelled) {
        VEvent event = new VEvent(startsAt, endsAt, title);
        event.replace(new DtStamp(stamp));
        event.add(new Uid("booking-" + reference + "@takingpart"));
        // each new file for a booking replaces the last one: the sequence grows with time (minutes since 2024)
        event.add(new Sequence((int) ((stamp.getEpochSecond() - 1_704_067_200L) / 60)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        if (manageLink != null) {
            event.add(new Url(URI.create(manageLink)));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Taking Part//Bookings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a calendar file", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
