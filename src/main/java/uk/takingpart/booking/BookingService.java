package uk.takingpart.booking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.LocalizedText;
import uk.takingpart.audit.Actor;
import uk.takingpart.audit.AuditAction;
import uk.takingpart.audit.AuditEvent;
import uk.takingpart.audit.AuditTrail;
import uk.takingpart.base.db.RetryOnConflict;
import uk.takingpart.base.i18n.DateTexts;
import uk.takingpart.notify.Outbox;
import uk.takingpart.notify.OutgoingEmail;

/**
 * Sessions and bookings for the public: what can be booked, booking a place (or a place on the
 * waiting list), and changing or cancelling it through the manage link.
 *
 * <p>Capacity holds under any load: a booking locks its session's row ({@code SELECT ... FOR
 * UPDATE}) and counts the places taken inside the same transaction, so bookings for one session
 * are made one at a time and the last place goes to exactly one person. Every email is written
 * to the outbox in the same transaction as the change it describes. On a Galera cluster the row
 * lock holds on one database node only, so a booking made at the same moment through another
 * node can be refused at commit: every public change is then run again ({@link RetryOnConflict}),
 * counting the places afresh.
 *
 * <p>Before that, a booking waits for its session's turn in this application (a fair lock per
 * session, striped), before it takes a database connection: when a crowd books one session at
 * the same moment, only one of them at a time holds a connection while it waits for the row
 * lock, instead of all of them; the rest of the connection pool stays free for everyone else's
 * pages. Without it, 200 people confirming at once held every pooled connection while they
 * queued for the row, and the others' pages gave up waiting for a connection (the sorry page;
 * found by bench/booking-burst.sh). The row lock still keeps the count right across
 * application nodes.
 */
@Service
public class BookingService {
    static final Duration REMINDER_BEFORE = Duration.ofDays(2);
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int REFERENCE_LENGTH = 8;
    /** Locks for bookings' turns: sessions share them by id modulo this, so they never grow in number. */
    private static final int TURN_STRIPES = 64;

    private final EventSessionRepository sessions;
    private final BookingRepository bookings;
    private final ActivityService activities;
    private final Outbox outbox;
    private final BookingEmails emails;
    private final AuditTrail audit;
    private final DateTexts dates;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** A session's bookings wait here, one at a time and in order, before they take a connection. */
    private final ReentrantLock[] turns = new ReentrantLock[TURN_STRIPES];
    private final TransactionTemplate readCommitted;

    BookingService(EventSessionRepository sessions, BookingRepository bookings, ActivityService activities, Outbox outbox,
                   BookingEmails emails, AuditTrail audit, DateTexts dates, Clock clock, PlatformTransactionManager transactions) {
        for (int i = 0; i < turns.length; i++) {
            turns[i] = new ReentrantLock(true);
        }
        this.readCommitted = new TransactionTemplate(transactions);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.sessions = sessions;
        this.bookings = bookings;
        this.activities = activities;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    // ---- What can be booked ----

    /** An activity's sessions that have not started, cancelled ones included (marked), soonest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingSessions(String activitySlug, Locale language) {
        Instant now = clock.instant();
        return activities.publishedRef(activitySlug, language)
                .map(activity -> summarise(sessions.findByActivityIdOrderByStartsAt(activity.id()).stream()
                        .filter(s -> s.getStartsAt().isAfter(now)).toList(), language, now, Map.of(activity.id(), activity)))
                .orElse(List.of());
    }

    /** Every published session still to come and going ahead, matching the filter, soonest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingSessions(SessionFilter filter, Locale language) {
        Instant now = clock.instant();
        Instant from = filter.from() == null ? now : max(now, filter.from().atStartOfDay(dates.zone()).toInstant());
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(dates.zone()).toInstant();
        List<EventSession> found = sessions.findByStartsAtAfterOrderByStartsAt(from).stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED)
                .filter(s -> to == null || s.getStartsAt().isBefore(to))
                .filter(s -> filter.mode() == null || s.getMode() == filter.mode())
                .toList();
        return summarise(found, language, now).stream()
                .filter(s -> s.activity().published())
                .filter(s -> filter.area() == null || filter.area().equals(s.activity().areaCode()))
                .toList();
    }

    /** A session of a published activity, whatever its state (the journey explains why it cannot be booked). */
    @Transactional(readOnly = true)
    public Optional<SessionSummary> session(long id, Locale language) {
        Instant now = clock.instant();
        return sessions.findById(id).map(s -> summarise(List.of(s), language, now).getFirst())
                .filter(s -> s.activity().published());
    }

    // ---- Booking ----

    /**
     * Books places, or a place on the waiting list when the person asked for it. The same request
     * (same key) sent again returns the first booking and books nothing new.
     */
    @RetryOnConflict
    public BookingResult book(BookingRequest request) {
        if (!request.joinWaitingList()) {
            // a crowd for a session already full is told so at once, without queueing for its turn
            BookingResult full = readCommitted.execute(status -> alreadyFull(request));
            if (full != null) {
                return full;
            }
        }
        ReentrantLock turn = turns[Math.floorMod(Long.hashCode(request.sessionId()), TURN_STRIPES)];
        turn.lock();
        try {
            return readCommitted.execute(status -> bookLocked(request));
        } finally {
            turn.unlock();
        }
    }

    /**
     * FULL for a new request (not one sent again) for a session still to come that has no place
     * left at all, read without waiting for the session's turn; otherwise null, and the booking
     * takes its turn. Places only come back by a change or a cancellation, which gives them to the
     * waiting list, so "full" read a moment early is the answer the person would have had anyway.
     */
    private BookingResult alreadyFull(BookingRequest request) {
        if (bookings.findByRequestKey(request.requestKey()).isPresent()) {
            return null;
        }
        EventSession session = sessions.findById(request.sessionId()).orElse(null);
        if (session == null || session.getStatus() == SessionStatus.CANCELLED || !session.getStartsAt().isAfter(clock.instant())) {
            return null;
        }
        return session.getCapacity() - bookings.placesTaken(session.getId()) <= 0 ? BookingResult.refused(BookingResult.Outcome.FULL, 0) : null;
    }

    /** Books, in a transaction, once it is the session's turn. */
    private BookingResult bookLocked(BookingRequest request) {
        Instant now = clock.instant();
        Locale language = request.contact().language();
        Optional<EventSession> locked = sessions.lockById(request.sessionId());
        Optional<Booking> earlier = bookings.findByRequestKey(request.requestKey());
        if (earlier.isPresent()) {
            Booking booking = earlier.get();
            return new BookingResult(booking.getStatus() == BookingStatus.WAITING ? BookingResult.Outcome.WAITING_LIST : BookingResult.Outcome.BOOKED,
                    managed(booking, language, now), 0);
        }
        if (locked.isEmpty()) {
            return BookingResult.refused(BookingResult.Outcome.NO_SUCH_SESSION, 0);
        }
        EventSession session = locked.get();
        SessionSummary summary = summarise(List.of(session), language, now).getFirst();
        if (!summary.activity().published()) {
            return BookingResult.refused(BookingResult.Outcome.NO_SUCH_SESSION, 0);
        }
        if (!request.contact().problems().isEmpty() || !request.needs().problems().isEmpty() || request.places() < 1
                || (request.talkAbout() != null && request.talkAbout().length() > BookingRequest.MAX_TALK_ABOUT)) {
            throw new IllegalArgumentException("The booking request has problems the journey should have caught");
        }
        if (session.getStatus() == SessionStatus.CANCELLED) {
            return BookingResult.refused(BookingResult.Outcome.SESSION_CANCELLED, 0);
        }
        if (!session.getStartsAt().isAfter(now)) {
            return BookingResult.refused(BookingResult.Outcome.SESSION_STARTED, 0);
        }
        if (request.places() > summary.maxPlaces()) {
            return BookingResult.refused(BookingResult.Outcome.TOO_MANY_PLACES, summary.placesLeft());
        }
        int left = session.getCapacity() - bookings.placesTaken(session.getId());
        BookingStatus status;
        if (request.places() <= left) {
            status = BookingStatus.CONFIRMED;
        } else if (request.joinWaitingList()) {
            status = BookingStatus.WAITING;
        } else {
            return BookingResult.refused(BookingResult.Outcome.FULL, Math.max(0, left));
        }
        Booking booking = new Booking(newReference(), newToken(), request, status, now);
        if (status == BookingStatus.CONFIRMED) {
            booking.remindAt(reminderTime(session, now));
        }
        bookings.saveAndFlush(booking);
        SessionSummary after = summarise(List.of(session), language, now).getFirst();
        send(status == BookingStatus.CONFIRMED ? BookingEmails.Kind.CONFIRMED : BookingEmails.Kind.WAITING, booking, session, after, now);
        audit.record(new AuditEvent(Actor.memberOfThePublic(),
                status == BookingStatus.CONFIRMED ? AuditAction.BOOKING_MADE : AuditAction.BOOKING_WAITLISTED,
                "booking", booking.getReference(), after.activity().slug(),
                (status == BookingStatus.CONFIRMED ? "Booked " : "Joined the waiting list for ") + places(booking.getPlaces())
                        + " on the session of " + session.getStartsAt() + " (session " + session.getId() + ")"
                        + (booking.getNeeds().isEmpty() && booking.getOtherNeeds() == null ? "" : "; access needs given")));
        return new BookingResult(status == BookingStatus.CONFIRMED ? BookingResult.Outcome.BOOKED : BookingResult.Outcome.WAITING_LIST,
                managed(booking, language, now), after.placesLeft());
    }

    /** The booking behind a manage link, or empty for a link that matches none. */
    @Transactional(readOnly = true)
    public Optional<ManagedBooking> byManageLink(String token, Locale language) {
        if (!plausibleToken(token)) {
            return Optional.empty();
        }
        return bookings.findByManageToken(token).map(b -> managed(b, language, clock.instant()));
    }

    /** The "Add to calendar" file for a booking with a place; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<byte[]> calendarFile(String token, Locale language) {
        if (!plausibleToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return bookings.findByManageToken(token)
                .filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                .map(b -> {
                    EventSession session = sessions.findById(b.getSessionId()).orElseThrow();
                    SessionSummary summary = summarise(List.of(session), language, now).getFirst();
                    String manage = emails.manageLink(language, token);
                    String description = session.getJoiningLink() == null ? manage : session.getJoiningLink() + "\n" + manage;
                    return CalendarFile.of(b.getReference(), summary.activity().title().text(), session.getStartsAt(), session.getEndsAt(),
                            emails.where(summary, language), description, manage, now);
                });
    }

    /** Outcomes of changing a booking. */
    public enum Change { CHANGED, UNCHANGED, NOT_ENOUGH_PLACES, TOO_MANY_PLACES, NOT_CHANGEABLE, NO_SUCH_BOOKING }

    /**
     * Changes the number of places. Fewer places free the rest at once (for the waiting list);
     * more need them to be free now.
     */
    @RetryOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Change changePlaces(String token, int places) {
        Instant now = clock.instant();
        Optional<Long> sessionId = plausibleToken(token) ? bookings.sessionIdByManageToken(token) : Optional.empty();
        if (sessionId.isEmpty()) {
            return Change.NO_SUCH_BOOKING;
        }
        // lock the session first, then read the booking: what is read is what the lock protects
        EventSession session = sessions.lockById(sessionId.get()).orElseThrow();
        Booking booking = bookings.findByManageToken(token).orElseThrow();
        if (booking.getStatus() == BookingStatus.CANCELLED || session.getStatus() == SessionStatus.CANCELLED
                || !session.getStartsAt().isAfter(now)) {
            return Change.NOT_CHANGEABLE;
        }
        if (places < 1 || places > Math.min(session.getBookingLimit(), session.getCapacity())) {
            return Change.TOO_MANY_PLACES;
        }
        if (places == booking.getPlaces()) {
            return Change.UNCHANGED;
        }
        int before = booking.getPlaces();
        if (booking.getStatus() == BookingStatus.CONFIRMED && places > before) {
            int left = session.getCapacity() - bookings.placesTaken(session.getId());
            if (places - before > left) {
                return Change.NOT_ENOUGH_PLACES;
            }
        }
        booking.changePlaces(places, now);
        bookings.flush();
        Locale language = Locale.forLanguageTag(booking.getLanguage());
        send(BookingEmails.Kind.CHANGED, booking, session, summarise(List.of(session), language, now).getFirst(), now);
        audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.BOOKING_CHANGED, "booking", booking.getReference(),
                slugOf(session), "Changed from " + places(before) + " to " + places(places)));
        if (places < before) {
            promoteWaiting(session, now);
        }
        return Change.CHANGED;
    }

    /** A booking whose details its manage link may change, with its session; or why not. */
    private record Manageable(Booking booking, EventSession session, Change refusal) {}

    private Manageable manageable(String token, Instant now) {
        Optional<Booking> found = plausibleToken(token) ? bookings.findByManageToken(token) : Optional.empty();
        if (found.isEmpty()) {
            return new Manageable(null, null, Change.NO_SUCH_BOOKING);
        }
        EventSession session = sessions.findById(found.get().getSessionId()).orElseThrow();
        return new Manageable(found.get(), session, changeable(found.get(), session, now) ? null : Change.NOT_CHANGEABLE);
    }

    /**
     * Changes how to reach the person: email, mobile, language, preferred format and (for a format
     * sent by post) postal address. The person is emailed the details now, in their (new) language.
     */
    @RetryOnConflict
    @Transactional
    public Change changeContact(String token, Contact contact) {
        Instant now = clock.instant();
        Manageable found = manageable(token, now);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Booking booking = found.booking();
        EventSession session = found.session();
        Contact wanted = booking.contact().withReach(contact.email(), contact.mobile(), contact.language(), contact.format(), contact.address());
        if (!wanted.problems().isEmpty()) {
            throw new IllegalArgumentException("The contact details have problems the page should have caught");
        }
        if (wanted.equals(booking.contact())) {
            return Change.UNCHANGED;
        }
        booking.changeContact(wanted, now);
        bookings.flush();
        Locale language = Locale.forLanguageTag(booking.getLanguage());
        send(BookingEmails.Kind.DETAILS_CHANGED, booking, session, summarise(List.of(session), language, now).getFirst(), now);
        audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.BOOKING_CHANGED, "booking", booking.getReference(),
                slugOf(session), "Contact details changed for booking " + booking.getReference()));
        return Change.CHANGED;
    }

    /**
     * Changes the access and communication needs. The person is emailed what we now have, and the
     * staff are told at once (an email to the staff inbox) so that they can arrange what is needed.
     */
    @RetryOnConflict
    @Transactional
    public Change changeNeeds(String token, Needs needs) {
        Instant now = clock.instant();
        Manageable found = manageable(token, now);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Booking booking = found.booking();
        EventSession session = found.session();
        if (!needs.problems().isEmpty()) {
            throw new IllegalArgumentException("The needs have problems the page should have caught");
        }
        if (needs.equals(booking.accessNeeds())) {
            return Change.UNCHANGED;
        }
        booking.changeNeeds(needs, now);
        bookings.flush();
        Locale language = Locale.forLanguageTag(booking.getLanguage());
        SessionSummary summary = summarise(List.of(session), language, now).getFirst();
        send(BookingEmails.Kind.NEEDS_CHANGED, booking, session, summary, now);
        outbox.enqueue(emails.staffNeedsChanged(booking, summarise(List.of(session), Locale.ENGLISH, now).getFirst()));
        // no personal data in the audit trail: what the needs are stays with the booking
        audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.BOOKING_CHANGED, "booking", booking.getReference(),
                slugOf(session), "Needs changed for booking " + booking.getReference()));
        return Change.CHANGED;
    }

    private static boolean changeable(Booking booking, EventSession session, Instant now) {
        return booking.getStatus() != BookingStatus.CANCELLED && session.getStatus() != SessionStatus.CANCELLED
                && session.getStartsAt().isAfter(now);
    }

    /** Cancels the booking behind the link; its places go at once to the waiting list. False if there is nothing to cancel. */
    @RetryOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean cancel(String token) {
        Instant now = clock.instant();
        Optional<Long> sessionId = plausibleToken(token) ? bookings.sessionIdByManageToken(token) : Optional.empty();
        if (sessionId.isEmpty()) {
            return false;
        }
        EventSession session = sessions.lockById(sessionId.get()).orElseThrow();
        Booking booking = bookings.findByManageToken(token).orElseThrow();
        if (booking.getStatus() == BookingStatus.CANCELLED || !session.getStartsAt().isAfter(now)) {
            return false;
        }
        boolean hadPlaces = booking.getStatus() == BookingStatus.CONFIRMED;
        booking.cancel(now);
        bookings.flush();
        Locale language = Locale.forLanguageTag(booking.getLanguage());
        send(BookingEmails.Kind.CANCELLED, booking, session, summarise(List.of(session), language, now).getFirst(), now);
        audit.record(new AuditEvent(Actor.memberOfThePublic(), AuditAction.BOOKING_CANCELLED, "booking", booking.getReference(),
                slugOf(session), "Cancelled by the booker" + (hadPlaces ? ", freeing " + places(booking.getPlaces()) : " (was on the waiting list)")));
        if (hadPlaces && session.getStatus() == SessionStatus.SCHEDULED) {
            promoteWaiting(session, now);
        }
        return true;
    }

    /**
     * Gives freed places to the waiting list, first come first served: each waiting booking that
     * fits in the places now free is confirmed and told by email, in their language. A booking
     * that needs more places than are free keeps its position; smaller ones behind it may fit.
     * The caller holds the session's lock.
     */
    void promoteWaiting(EventSession session, Instant now) {
        if (session.getStatus() != SessionStatus.SCHEDULED || !session.getStartsAt().isAfter(now)) {
            return;
        }
        int free = session.getCapacity() - bookings.placesTaken(session.getId());
        for (Booking waiting : bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(session.getId(), BookingStatus.WAITING)) {
            if (free <= 0) {
                break;
            }
            if (waiting.getPlaces() <= free) {
                waiting.confirm(now);
                waiting.remindAt(reminderTime(session, now));
                free -= waiting.getPlaces();
                bookings.flush();
                Locale language = Locale.forLanguageTag(waiting.getLanguage());
                send(BookingEmails.Kind.PLACE_OFFERED, waiting, session, summarise(List.of(session), language, now).getFirst(), now);
                audit.record(new AuditEvent(Actor.system(), AuditAction.BOOKING_PLACE_OFFERED, "booking", waiting.getReference(),
                        slugOf(session), "A place came up: " + places(waiting.getPlaces()) + " given from the waiting list"
                                + (waiting.getEmail() == null ? "; the booker gave no email address, so tell them by phone" : "")));
            }
        }
    }

    // ---- Reminders ----

    /**
     * The reminder job: two days before a session, everyone with a place who gave an email address
     * gets a reminder with the details, the calendar file and the manage link. People who book
     * within those two days get none (their confirmation is recent). Each reminder is sent once.
     */
    @Scheduled(fixedDelayString = "${takingpart.booking.reminder-poll:5m}", initialDelayString = "${takingpart.booking.reminder-poll:5m}")
    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        int sent = 0;
        for (Booking booking : bookings.remindersDue(now, Limit.of(200))) {
            EventSession session = sessions.findById(booking.getSessionId()).orElseThrow();
            booking.remindAt(null);
            if (session.getStatus() == SessionStatus.SCHEDULED && session.getStartsAt().isAfter(now)) {
                Locale language = Locale.forLanguageTag(booking.getLanguage());
                if (send(BookingEmails.Kind.REMINDER, booking, session, summarise(List.of(session), language, now).getFirst(), now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    static Instant reminderTime(EventSession session, Instant now) {
        Instant due = session.getStartsAt().minus(REMINDER_BEFORE);
        return due.isAfter(now) ? due : null;
    }

    // ---- Shared with staff screens ----

    List<SessionSummary> summarise(List<EventSession> found, Locale language, Instant now) {
        return summarise(found, language, now, Map.of());
    }

    /** As above, with the activities the caller has already read (not read again). */
    private List<SessionSummary> summarise(List<EventSession> found, Locale language, Instant now, Map<Long, ActivityRef> known) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(EventSession::getId).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : bookings.counts(ids)) {
            counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        List<Long> unknown = found.stream().map(EventSession::getActivityId).distinct().filter(id -> !known.containsKey(id)).toList();
        Map<Long, ActivityRef> refs = new HashMap<>(known);
        if (!unknown.isEmpty()) {
            refs.putAll(activities.refs(unknown, language));
        }
        List<SessionSummary> result = new ArrayList<>();
        for (EventSession s : found) {
            int[] c = counts.getOrDefault(s.getId(), new int[2]);
            result.add(new SessionSummary(s.getId(), refs.get(s.getActivityId()), s.getStartsAt(), s.getEndsAt(), s.getMode(),
                    text(s, language, EventSessionText::getVenueName), text(s, language, EventSessionText::getAddress),
                    Set(s.getAccessFeatures()), s.getCapacity(), c[0], c[1], s.getBookingLimit(), s.getAudience(),
                    s.getLeaderName(), text(s, language, EventSessionText::getLeaderRole), s.getStatus(), !s.getStartsAt().isAfter(now)));
        }
        return result;
    }

    ManagedBooking managed(Booking booking, Locale language, Instant now) {
        EventSession session = sessions.findById(booking.getSessionId()).orElseThrow();
        int position = 0;
        if (booking.getStatus() == BookingStatus.WAITING) {
            List<Booking> waiting = bookings.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(session.getId(), BookingStatus.WAITING);
            position = waiting.stream().map(Booking::getId).toList().indexOf(booking.getId()) + 1;
        }
        return new ManagedBooking(booking.getReference(), booking.getManageToken(), booking.getStatus(), booking.getPlaces(),
                booking.getBookerRole(), booking.contact(), booking.accessNeeds(), booking.getTalkAbout(),
                summarise(List.of(session), language, now).getFirst(),
                booking.getStatus() == BookingStatus.CONFIRMED ? session.getJoiningLink() : null, position);
    }

    /** Writes the email to the outbox; false when the person gave no email address. */
    boolean send(BookingEmails.Kind kind, Booking booking, EventSession session, SessionSummary summary, Instant now) {
        OutgoingEmail email = emails.email(kind, booking, summary, session.getJoiningLink(), now);
        if (email == null) {
            return false;
        }
        outbox.enqueue(email);
        return true;
    }

    private String slugOf(EventSession session) {
        return activities.ref(session.getActivityId(), Locale.ENGLISH).map(ActivityRef::slug).orElse(null);
    }

    private static String places(int n) {
        return n == 1 ? "1 place" : n + " places";
    }

    private static java.util.Set<AccessFeature> Set(java.util.Set<AccessFeature> features) {
        return features.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(features);
    }

    private static LocalizedText text(EventSession s, Locale language, Function<EventSessionText, String> field) {
        EventSessionText own = s.getTexts().get(language.getLanguage());
        String value = own == null ? null : field.apply(own);
        if (value != null) {
            return new LocalizedText(value, language, false);
        }
        EventSessionText english = s.getTexts().get("en");
        String fallback = english == null ? null : field.apply(english);
        if (fallback != null) {
            return new LocalizedText(fallback, Locale.ENGLISH, !"en".equals(language.getLanguage()));
        }
        return new LocalizedText(null, language, false);
    }

    private String newReference() {
        while (true) {
            StringBuilder reference = new StringBuilder(REFERENCE_LENGTH);
            for (int i = 0; i < REFERENCE_LENGTH; i++) {
                reference.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (!bookings.existsByReference(reference.toString())) {
                return reference.toString();
            }
        }
    }

    /** 256 random bits, URL-safe: 43 characters. */
    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean plausibleToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

}
