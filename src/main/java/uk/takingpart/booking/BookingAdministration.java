package uk.takingpart.booking;

import uk.takingpart.base.text.Csv;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.Audience;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.security.Roles;

/**
 * The back office's use cases for sessions and bookings: list an activity's sessions with places
 * taken and waiting, add and change a session in English and Welsh, cancel it (everyone booked
 * is told), see who booked and what they need, mark attendance and download the attendee list.
 * Editors change things; analysts read. Every change is in the audit trail, never with a member
 * of the public's personal data in its summary.
 */
@Service
public class BookingAdministration {
    static final String RECORD_TYPE = "session";
    static final Duration UPCOMING = Duration.ofDays(14);
    static final int MAX_VENUE = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_ROLE = 200;
    static final int MAX_LEADER = 200;
    static final int MAX_LINK = 500;
    private static final List<String> LANGUAGES = List.of("en", "cy");

    private final EventSessionRepository sessions;
    private final BookingRepository bookings;
    private final BookingService service;
    private final ActivityService activities;
    private final AuditTrail audit;
    private final I18NProvider translations;
    private final Clock clock;

    BookingAdministration(EventSessionRepository sessions, BookingRepository bookings, BookingService service,
                          ActivityService activities, AuditTrail audit, I18NProvider translations, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.service = service;
        this.activities = activities;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    // ---- Records in and out ----

    /** A session's words in one language, as staff type them. */
    public record SessionText(String venueName, String address, String leaderRole) {
        public static final SessionText EMPTY = new SessionText("", "", "");

        String get(String field) {
            return switch (field) {
                case "venue-name" -> venueName;
                case "address" -> address;
                case "leader-role" -> leaderRole;
                default -> throw new IllegalArgumentException(field);
            };
        }
    }

    /** Everything the session editor edits. Times are instants; the view converts from the site's time zone. */
    public record SessionForm(Instant startsAt, Instant endsAt, SessionMode mode, Integer capacity, Integer bookingLimit,
                              Audience audience, String leaderName, String joiningLink, Set<AccessFeature> accessFeatures,
                              Map<String, SessionText> texts) {
        public SessionForm {
            accessFeatures = accessFeatures == null || accessFeatures.isEmpty() ? Set.of() : Set.copyOf(accessFeatures);
            texts = texts == null ? Map.of() : Map.copyOf(texts);
        }

        SessionText text(String language) {
            return texts.getOrDefault(language, SessionText.EMPTY);
        }
    }

    /** An activity and its sessions (cancelled and past ones too), soonest first. */
    public record ActivitySessions(ActivityRef activity, List<SessionSummary> sessions) {}

    /** One booking as staff see it, with everything the person told us. {@code waitingPosition} is 0 unless waiting. */
    public record StaffBooking(long id, String reference, BookingStatus status, int places, BookerRole role, String name,
                               String email, String mobile, Locale language, PreferredFormat format, Needs needs,
                               String talkAbout, Boolean attended, Instant bookedAt, int waitingPosition,
                               PostalAddress address, Instant needsChangedAt) {
        public boolean active() {
            return status != BookingStatus.CANCELLED;
        }
    }

    /**
     * A session's bookings: confirmed and cancelled in the order made, the waiting list in its order.
     * {@code needCounts} counts each need over the active bookings; {@code withNeeds} is how many
     * active bookings told us of any need; {@code toEmail} how many active bookers gave an email address.
     */
    public record SessionBookings(SessionSummary session, List<StaffBooking> confirmed, List<StaffBooking> waiting,
                                  List<StaffBooking> cancelled, int withNeeds, Map<AccessNeed, Integer> needCounts,
                                  int otherNeeds, int toEmail) {
        public int active() {
            return confirmed.size() + waiting.size();
        }
    }

    /** For the staff home page: sessions going ahead in the next 14 days, and the places booked on them. */
    public record Upcoming(int sessions, int placesBooked) {}

    /** Fields that are wrong, by field name, each with the translation key of its message (and its arguments). */
    public static final class InvalidSession extends RuntimeException {
        private final Map<String, String> errors;
        private final Map<String, Object> arguments;

        InvalidSession(Map<String, String> errors, Map<String, Object> arguments) {
            super("Invalid session: " + errors);
            this.errors = Map.copyOf(errors);
            this.arguments = Map.copyOf(arguments);
        }

        public Map<String, String> errors() {
            return errors;
        }

        /** Arguments for the messages, such as {@code taken} for the capacity message. */
        public Map<String, Object> arguments() {
            return arguments;
        }
    }

    // ---- Sessions ----

    /** An event or Time to Listen activity (published or not) and all its sessions; empty for any other address. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<ActivitySessions> sessions(String activitySlug, Locale language) {
        return activity(activitySlug, language).map(activity -> new ActivitySessions(activity,
                service.summarise(sessions.findByActivityIdOrderByStartsAt(activity.id()), language, clock.instant())));
    }

    /** A session as staff see it, whatever its state. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<SessionSummary> session(long id, Locale language) {
        return sessions.findById(id).map(s -> service.summarise(List.of(s), language, clock.instant()).getFirst());
    }

    /** What the editor shows for an existing session. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.EDITORS)
    public Optional<SessionForm> form(long id) {
        return sessions.findById(id).map(s -> {
            Map<String, SessionText> texts = new HashMap<>();
            s.getTexts().forEach((language, t) -> texts.put(language,
                    new SessionText(nz(t.getVenueName()), nz(t.getAddress()), nz(t.getLeaderRole()))));
            return new SessionForm(s.getStartsAt(), s.getEndsAt(), s.getMode(), s.getCapacity(), s.getBookingLimit(),
                    s.getAudience(), nz(s.getLeaderName()), nz(s.getJoiningLink()),
                    s.getAccessFeatures().isEmpty() ? Set.of() : EnumSet.copyOf(s.getAccessFeatures()), texts);
        });
    }

    /** Adds a session to an event or Time to Listen activity; returns its id. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public long create(String activitySlug, SessionForm form, String staff) {
        ActivityRef activity = activity(activitySlug, Locale.ENGLISH)
                .orElseThrow(() -> new InvalidSession(Map.of("activity", "booking.staff.editor.error.no-activity"), Map.of()));
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            throw new InvalidSession(errors, Map.of());
        }
        EventSession session = new EventSession(activity.id());
        schedule(session, form);
        sessions.saveAndFlush(session);
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.SESSION_CREATED, RECORD_TYPE, session.getId().toString(),
                activity.slug(), "Added a session " + describe(session)));
        return session.getId();
    }

    /**
     * Changes a session. Capacity may not drop below the places already taken; raised, the freed
     * places go at once to the waiting list, in order. The session is locked while this happens,
     * so no booking slips in between the count and the change. Returns how many waiting bookings got a place.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.EDITORS)
    public int edit(long id, SessionForm form, String staff) {
        Instant now = clock.instant();
        EventSession session = sessions.lockById(id)
                .orElseThrow(() -> new InvalidSession(Map.of("session", "booking.staff.editor.error.gone"), Map.of()));
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new InvalidSession(Map.of("session", "booking.staff.editor.error.cancelled"), Map.of());
        }
        Map<String, String> errors = validate(form);
        int taken = bookings.placesTaken(id);
        if (!errors.containsKey("capacity") && form.capacity() < taken) {
            errors.put("capacity", "booking.staff.editor.error.capacity.below-taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSession(errors, Map.of("taken", taken));
        }
        int capacityBefore = session.getCapacity();
        Instant startsBefore = session.getStartsAt();
        String whenAndWhereBefore = whenAndWhere(session);
        String before = describe(session);
        schedule(session, form);
        if (!startsBefore.equals(session.getStartsAt())) {
                        // everyone with a place is reminded of the new date, even if a reminder went for the old one
            for (Booking booking : bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(id, BookingStatus.CONFIRMED)) {
                booking.remindAt(BookingService.reminderTime(session, now));
            }
        }
        sessions.flush();
        int told = 0;
        if (!whenAndWhereBefore.equals(whenAndWhere(session))) {
            // people booked or waiting need to know the new time or place, in their own language
            Map<String, SessionSummary> summaries = new HashMap<>();
            for (Booking booking : bookings.findBySessionIdOrderByCreatedAtAscIdAsc(id)) {
                if (booking.getStatus() == BookingStatus.CANCELLED) {
                    continue;
                }
                SessionSummary summary = summaries.computeIfAbsent(booking.getLanguage(),
                        language -> service.summarise(List.of(session), Locale.forLanguageTag(language), now).getFirst());
                if (service.send(BookingEmails.Kind.SESSION_CHANGED, booking, session, summary, now)) {
                    told++;
                }
            }
        }
        String slug = slugOf(session);
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.SESSION_EDITED, RECORD_TYPE, session.getId().toString(), slug,
                "Edited the session: was " + before + ", now " + describe(session)
                        + (told > 0 ? "; " + told + " booker(s) emailed the new time or place" : "")));
        if (session.getCapacity() <= capacityBefore) {
            return 0;
        }
        long waitingBefore = bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(id, BookingStatus.WAITING).size();
        service.promoteWaiting(session, now);
        return (int) (waitingBefore - bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(id, BookingStatus.WAITING).size());
    }

    /** What bookers must be told about when it changes: the time, the place and how to join. */
    private static String whenAndWhere(EventSession session) {
        StringBuilder key = new StringBuilder().append(session.getStartsAt()).append('|').append(session.getEndsAt()).append('|')
                .append(session.getMode()).append('|').append(session.getJoiningLink());
        new java.util.TreeMap<>(session.getTexts()).forEach((language, text) ->
                key.append('|').append(language).append(':').append(text.getVenueName()).append(':').append(text.getAddress()));
        return key.toString();
    }

    /**
     * Cancels a session: every booking with a place or on the waiting list is cancelled and each
     * booker who gave an email address is told, in their language, in this same transaction.
     * Returns how many bookings were cancelled (0 if the session was already cancelled).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize(Roles.EDITORS)
    public int cancel(long id, String staff) {
        Instant now = clock.instant();
        EventSession session = sessions.lockById(id)
                .orElseThrow(() -> new InvalidSession(Map.of("session", "booking.staff.editor.error.gone"), Map.of()));
        if (session.getStatus() == SessionStatus.CANCELLED) {
            return 0;
        }
        session.cancel(now);
        List<Booking> active = bookings.findBySessionIdOrderByCreatedAtAscIdAsc(id).stream()
                .filter(b -> b.getStatus() != BookingStatus.CANCELLED).toList();
        active.forEach(b -> b.cancel(now));
        sessions.flush();
        bookings.flush();
        int emailed = 0;
        Map<String, SessionSummary> summaries = new HashMap<>();
        for (Booking booking : active) {
            SessionSummary summary = summaries.computeIfAbsent(booking.getLanguage(),
                    language -> service.summarise(List.of(session), Locale.forLanguageTag(language), now).getFirst());
            if (service.send(BookingEmails.Kind.SESSION_CANCELLED, booking, session, summary, now)) {
                emailed++;
            }
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.SESSION_CANCELLED, RECORD_TYPE, session.getId().toString(),
                slugOf(session), "Cancelled the session " + describe(session) + ": " + active.size() + " booking(s) cancelled, "
                        + emailed + " emailed, " + (active.size() - emailed) + " with no email address to be contacted another way"));
        return active.size();
    }

    // ---- Bookings ----

    /** A session's bookings with everything staff need to run it, including access and communication needs. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Optional<SessionBookings> bookings(long sessionId, Locale language) {
        Optional<EventSession> found = sessions.findById(sessionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionSummary summary = service.summarise(List.of(found.get()), language, clock.instant()).getFirst();
        List<StaffBooking> confirmed = new ArrayList<>();
        List<StaffBooking> waiting = new ArrayList<>();
        List<StaffBooking> cancelled = new ArrayList<>();
        Map<AccessNeed, Integer> needCounts = new EnumMap<>(AccessNeed.class);
        int withNeeds = 0;
        int other = 0;
        int toEmail = 0;
        for (Booking b : bookings.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId)) {
            StaffBooking row = staffBooking(b, b.getStatus() == BookingStatus.WAITING ? waiting.size() + 1 : 0);
            switch (b.getStatus()) {
                case CONFIRMED -> confirmed.add(row);
                case WAITING -> waiting.add(row);
                case CANCELLED -> cancelled.add(row);
            }
            if (row.active()) {
                if (row.needs().any()) {
                    withNeeds++;
                }
                row.needs().needs().forEach(n -> needCounts.merge(n, 1, Integer::sum));
                if (row.needs().other() != null) {
                    other++;
                }
                if (row.email() != null) {
                    toEmail++;
                }
            }
        }
        Map<AccessNeed, Integer> ordered = new LinkedHashMap<>();
        needCounts.forEach(ordered::put);
        return Optional.of(new SessionBookings(summary, confirmed, waiting, cancelled, withNeeds, ordered, other, toEmail));
    }

    /** Records whether someone with a place came ({@code null} clears it). False if there is no such booking on the session. */
    @Transactional
    @PreAuthorize(Roles.EDITORS)
    public boolean markAttendance(long sessionId, String reference, Boolean attended, String staff) {
        Optional<Booking> found = bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(sessionId, BookingStatus.CONFIRMED)
                .stream().filter(b -> b.getReference().equals(reference)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        Booking booking = found.get();
        if (Objects.equals(booking.getAttended(), attended)) {
            return true;
        }
        booking.markAttended(attended);
        bookings.flush();
        EventSession session = sessions.findById(sessionId).orElseThrow();
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ATTENDANCE_MARKED, "booking", reference, slugOf(session),
                (attended == null ? "Attendance cleared" : attended ? "Marked as attended" : "Marked as not attended")
                        + " (" + places(booking.getPlaces()) + ", session " + sessionId + ")"));
        return true;
    }

    /**
     * Writes the attendee list (everyone with a place, then the waiting list in order) as CSV that
     * is safe to open in a spreadsheet. Needs and roles are in words, in the given language. The
     * download is in the audit trail (so this transaction writes).
     */
    @Transactional
    @PreAuthorize(Roles.ANY_STAFF)
    public void exportAttendees(long sessionId, Locale language, Writer out, String staff) {
        SessionBookings found = bookings(sessionId, language).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        try {
            Csv.row(out, "reference", "status", "places", "name", "email", "mobile", "role", "needs",
                    "interpreter_language", "other_needs", "talk_about", "attended");
            List<StaffBooking> rows = new ArrayList<>(found.confirmed());
            rows.addAll(found.waiting());
            for (StaffBooking b : rows) {
                Csv.row(out, b.reference(), t(language, "booking.status." + b.status().name().toLowerCase(Locale.ROOT)),
                        Integer.toString(b.places()), b.name(), b.email(), b.mobile(),
                        b.role() == null ? null : t(language, "booking.role." + b.role().key()),
                        needWords(b.needs(), language), b.needs().interpreterLanguage(), b.needs().other(), b.talkAbout(),
                        b.attended() == null ? null : t(language, b.attended() ? "booking.staff.csv.yes" : "booking.staff.csv.no"));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditEvent(Actor.staff(staff), AuditAction.ATTENDEES_EXPORTED, RECORD_TYPE, Long.toString(sessionId),
                found.session().activity().slug(), "Attendee list downloaded as CSV (" + (found.active()) + " booking(s))"));
    }

    /** The needs someone told us of, in words, separated by semicolons. */
    String needWords(Needs needs, Locale language) {
        return needs.needs().stream().sorted().map(n -> t(language, "booking.need." + n.key())).collect(Collectors.joining("; "));
    }

    /** Sessions going ahead from now to 14 days ahead, and the places booked on them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ANY_STAFF)
    public Upcoming upcoming() {
        Instant now = clock.instant();
        Instant until = now.plus(UPCOMING);
        List<Long> ids = sessions.findByStartsAtAfterOrderByStartsAt(now).stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED && s.getStartsAt().isBefore(until))
                .map(EventSession::getId).toList();
        if (ids.isEmpty()) {
            return new Upcoming(0, 0);
        }
        int places = bookings.counts(ids).stream().mapToInt(row -> ((Number) row[1]).intValue()).sum();
        return new Upcoming(ids.size(), places);
    }

    // ---- Helpers ----

    private Optional<ActivityRef> activity(String slug, Locale language) {
        if (slug == null) {
            return Optional.empty();
        }
        return activities.bookable(language).stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    private String slugOf(EventSession session) {
        return activities.ref(session.getActivityId(), Locale.ENGLISH).map(ActivityRef::slug).orElse(null);
    }

    private static void schedule(EventSession session, SessionForm form) {
        Map<String, EventSessionText> texts = new HashMap<>();
        for (String language : LANGUAGES) {
            SessionText t = form.text(language);
            texts.put(language, new EventSessionText(t.venueName(), t.address(), t.leaderRole()));
        }
        session.schedule(form.startsAt(), form.endsAt(), form.mode(), form.capacity(), form.bookingLimit(), form.audience(),
                form.leaderName(), form.joiningLink(), form.accessFeatures(), texts);
    }

    /** The session in plain words for the audit trail (nothing personal: times, mode and numbers). */
    private static String describe(EventSession s) {
        return "(" + s.getStartsAt() + " to " + s.getEndsAt() + ", " + s.getMode().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", capacity " + s.getCapacity() + ", up to " + s.getBookingLimit() + " a booking)";
    }

    /** Problems by field name, as translation keys. Per-language fields are named {@code en.venue-name} and so on. */
    Map<String, String> validate(SessionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.startsAt() == null) {
            errors.put("starts", "booking.staff.editor.error.starts.required");
        }
        if (form.endsAt() == null) {
            errors.put("ends", "booking.staff.editor.error.ends.required");
        } else if (form.startsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            errors.put("ends", "booking.staff.editor.error.ends.before-start");
        }
        if (form.mode() == null) {
            errors.put("mode", "booking.staff.editor.error.mode.required");
        }
        if (form.capacity() == null || form.capacity() < 1) {
            errors.put("capacity", "booking.staff.editor.error.capacity.min");
        }
        if (form.bookingLimit() == null || form.bookingLimit() < 1) {
            errors.put("limit", "booking.staff.editor.error.limit.min");
        }
        if (blank(form.leaderName()) ? false : form.leaderName().strip().length() > MAX_LEADER) {
            errors.put("leader-name", "booking.staff.editor.error.too-long");
        }
        if (form.mode() == SessionMode.ONLINE && !httpsLink(form.joiningLink())) {
            errors.put("joining-link", "booking.staff.editor.error.joining-link.https");
        }
        Map<String, Integer> limits = Map.of("venue-name", MAX_VENUE, "address", MAX_ADDRESS, "leader-role", MAX_ROLE);
        if (form.mode() == SessionMode.IN_PERSON && blank(form.text("en").venueName())) {
            errors.put("en.venue-name", "booking.staff.editor.error.venue.required");
        }
        for (String field : List.of("venue-name", "address", "leader-role")) {
            String english = form.text("en").get(field);
            String welsh = form.text("cy").get(field);
            if (!blank(english) && blank(welsh)) {
                errors.put("cy." + field, "booking.staff.editor.error.welsh-missing");
            } else if (blank(english) && !blank(welsh) && !errors.containsKey("en." + field)) {
                errors.put("en." + field, "booking.staff.editor.error.english-missing");
            }
            for (String language : LANGUAGES) {
                String value = form.text(language).get(field);
                if (!blank(value) && value.strip().length() > limits.get(field)) {
                    errors.put(language + "." + field, "booking.staff.editor.error.too-long");
                }
            }
        }
        return errors;
    }

    static boolean httpsLink(String link) {
        if (blank(link) || link.strip().length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private StaffBooking staffBooking(Booking b, int waitingPosition) {
        return new StaffBooking(b.getId(), b.getReference(), b.getStatus(), b.getPlaces(), b.getBookerRole(), b.getName(),
                b.getEmail(), b.getMobile(), Locale.forLanguageTag(b.getLanguage()), b.getPreferredFormat(), b.accessNeeds(),
                b.getTalkAbout(), b.getAttended(), b.getCreatedAt(), waitingPosition, b.address(), b.getNeedsChangedAt());
    }

    private String t(Locale language, String key) {
        return translations.getTranslation(key, language);
    }

    private static String places(int n) {
        return n == 1 ? "1 place" : n + " places";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
