package uk.takingpart.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.takingpart.activity.ActivityRef;
import uk.takingpart.activity.ActivityService;
import uk.takingpart.activity.Audience;
import uk.takingpart.base.db.DemoMode;

/**
 * Demo sessions for the demo events, with dates relative to today: Time to Listen slots with
 * named leaders, events in person (with their access features) and online, one session nearly
 * full and one full with a waiting list, so every state of the booking journey can be tried.
 */
@Component
class DemoSessions {
    private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Set<AccessFeature> HUB = EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP,
            AccessFeature.ACCESSIBLE_TOILET, AccessFeature.QUIET_ROOM);

    private final ObjectProvider<DemoMode> demoMode;
    private final ActivityService activities;
    private final EventSessionRepository sessions;
    private final BookingRepository bookings;
    private final Clock clock;

    DemoSessions(ObjectProvider<DemoMode> demoMode, ActivityService activities, EventSessionRepository sessions,
                 BookingRepository bookings, Clock clock) {
        this.demoMode = demoMode;
        this.activities = activities;
        this.sessions = sessions;
        this.bookings = bookings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        if (!DemoMode.loads(demoMode.getIfAvailable()) || sessions.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        int before = (int) sessions.count();

        activity("time-to-listen-parent-carers-cardiff").ifPresent(a -> {
            String[][] leaders = {
                    {"Helen Pritchard", "Director of Education", "Cyfarwyddwr Addysg"},
                    {"Carys Jenkins", "Head of Children’s Social Care", "Pennaeth Gofal Cymdeithasol Plant"},
                    {"Dr Owain Rees", "Head of SEND Health", "Pennaeth Iechyd Anghenion Dysgu Ychwanegol"}};
            for (int i = 0; i < 6; i++) {
                String[] leader = leaders[i / 2];
                EventSession slot = slot(a, today.plusDays(9), LocalTime.of(10, 0).plusMinutes(20L * i), Duration.ofMinutes(20),
                        SessionMode.IN_PERSON, 1, 1, Audience.PARENT_CARERS, leader[0], null, HUB,
                        "Grangetown Community Hub", "Hyb Cymunedol Grangetown",
                        "Havelock Street, Cardiff CF11 6PA", "Stryd Havelock, Caerdydd CF11 6PA", leader[1], leader[2]);
                if (i == 0) {
                    book(slot, 1, BookingStatus.CONFIRMED, BookerRole.PARENT_CARER);
                    book(slot, 1, BookingStatus.WAITING, BookerRole.BOTH);
                }
            }
        });
        activity("time-to-listen-young-people").ifPresent(a -> {
            for (int i = 0; i < 3; i++) {
                slot(a, today.plusDays(16), LocalTime.of(16, 30).plusMinutes(30L * i), Duration.ofMinutes(25),
                        SessionMode.IN_PERSON, 1, 1, Audience.YOUNG_PEOPLE, i == 2 ? "Dr Owain Rees" : "Helen Pritchard", null,
                        EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.ACCESSIBLE_TOILET, AccessFeature.QUIET_ROOM, AccessFeature.PARKING),
                        "Barry Youth Centre", "Canolfan Ieuenctid y Barri", "Holton Road, Barry CF63 4HE", "Heol Holton, y Barri CF63 4HE",
                        i == 2 ? "Head of SEND Health" : "Director of Education",
                        i == 2 ? "Pennaeth Iechyd Anghenion Dysgu Ychwanegol" : "Cyfarwyddwr Addysg");
            }
            for (int i = 0; i < 2; i++) {
                slot(a, today.plusDays(16), LocalTime.of(16, 30).plusMinutes(30L * i), Duration.ofMinutes(25),
                        SessionMode.ONLINE, 1, 1, Audience.YOUNG_PEOPLE, "Sian Morgan", "https://meet.example.org/ttl-young-people-" + i,
                        Set.of(), null, null, null, null, "SEND Participation Lead", "Arweinydd Cyfranogiad ADY");
            }
        });
        activity("time-to-listen-parent-carers-online").ifPresent(a -> {
            for (int i = 0; i < 4; i++) {
                slot(a, today.plusDays(23), LocalTime.of(19, 0).plusMinutes(20L * i), Duration.ofMinutes(20),
                        SessionMode.ONLINE, 1, 1, Audience.PARENT_CARERS, i < 2 ? "Helen Pritchard" : "Carys Jenkins",
                        "https://meet.example.org/ttl-parent-carers-" + i, Set.of(), null, null, null, null,
                        i < 2 ? "Director of Education" : "Head of Children’s Social Care",
                        i < 2 ? "Cyfarwyddwr Addysg" : "Pennaeth Gofal Cymdeithasol Plant");
            }
        });
        activity("send-local-offer-design-workshop").ifPresent(a ->
                slot(a, today.plusDays(12), LocalTime.of(18, 30), Duration.ofMinutes(90), SessionMode.ONLINE, 30, 2, null, null,
                        "https://meet.example.org/local-offer-workshop", Set.of(), null, null, null, null, null, null));
        activity("short-breaks-disabled-children").ifPresent(a -> {
            EventSession first = slot(a, today.plusDays(20), LocalTime.of(10, 0), Duration.ofHours(3), SessionMode.IN_PERSON, 12, 4,
                    null, null, null, EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP, AccessFeature.ACCESSIBLE_TOILET,
                            AccessFeature.PARKING, AccessFeature.BSL_INTERPRETER),
                    "Cowbridge Town Hall", "Neuadd y Dref y Bont-faen", "High Street, Cowbridge CF71 7AD", "Y Stryd Fawr, y Bont-faen CF71 7AD",
                    null, null);
            book(first, 4, BookingStatus.CONFIRMED, null, new Needs(EnumSet.of(AccessNeed.BSL_INTERPRETER, AccessNeed.STEP_FREE), null,
                    "My son uses a wheelchair and needs a space at the front."));
            book(first, 3, BookingStatus.CONFIRMED, null, new Needs(EnumSet.of(AccessNeed.SPOKEN_INTERPRETER), "Polish", null));
            book(first, 2, BookingStatus.CONFIRMED, null);
            slot(a, today.plusDays(34), LocalTime.of(18, 0), Duration.ofHours(2), SessionMode.ONLINE, 40, 4, null, null,
                    "https://meet.example.org/short-breaks", Set.of(), null, null, null, null, null, null);
        });
        activity("community-transport-drop-in").ifPresent(a -> {
            slot(a, today.plusDays(6), LocalTime.of(10, 0), Duration.ofHours(2), SessionMode.IN_PERSON, 30, 4, null, null, null,
                    EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.ACCESSIBLE_TOILET, AccessFeature.PARKING),
                    "Barry Library", "Llyfrgell y Barri", "King Square, Barry CF63 4RW", "Sgwâr y Brenin, y Barri CF63 4RW", null, null);
            EventSession small = slot(a, today.plusDays(13), LocalTime.of(14, 0), Duration.ofHours(2), SessionMode.IN_PERSON, 4, 2, null,
                    null, null, EnumSet.of(AccessFeature.STEP_FREE),
                    "Dinas Powys Community Library", "Llyfrgell Gymunedol Dinas Powys", "Murch Road, Dinas Powys CF64 4RF",
                    "Heol Murch, Dinas Powys CF64 4RF", null, null);
            book(small, 2, BookingStatus.CONFIRMED, null);
            book(small, 2, BookingStatus.CONFIRMED, null);
            book(small, 1, BookingStatus.WAITING, null);
        });
        activity("living-with-dementia-listening-event").ifPresent(a -> {
            slot(a, today.plusDays(27), LocalTime.of(14, 0), Duration.ofHours(2), SessionMode.IN_PERSON, 30, 3, null, null, null,
                    EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP, AccessFeature.ACCESSIBLE_TOILET, AccessFeature.QUIET_ROOM,
                            AccessFeature.PARKING),
                    "Llandough Hospital, Academic Centre", "Ysbyty Llandochau, y Ganolfan Academaidd", "Penlan Road, Penarth CF64 2XX",
                    "Heol Penlan, Penarth CF64 2XX", null, null);
            slot(a, today.plusDays(27), LocalTime.of(14, 0), Duration.ofHours(2), SessionMode.ONLINE, 50, 2, null, null,
                    "https://meet.example.org/dementia-listening", Set.of(), null, null, null, null, null, null);
        });
        int loaded = (int) sessions.count() - before;
        if (loaded > 0) {
            log.info("Loaded {} demo sessions", loaded);
        }
    }

    private java.util.Optional<ActivityRef> activity(String slug) {
        return activities.publishedRef(slug, Locale.ENGLISH);
    }

    private EventSession slot(ActivityRef activity, LocalDate day, LocalTime start, Duration length, SessionMode mode, int capacity,
                              int limit, Audience audience, String leader, String link, Set<AccessFeature> features,
                              String venueEn, String venueCy, String addressEn, String addressCy, String roleEn, String roleCy) {
        Instant startsAt = day.atTime(start).atZone(LONDON).toInstant();
        EventSession session = new EventSession(activity.id());
        session.schedule(startsAt, startsAt.plus(length), mode, capacity, limit, audience, leader, link,
                features.isEmpty() ? EnumSet.noneOf(AccessFeature.class) : EnumSet.copyOf(features),
                Map.of("en", new EventSessionText(venueEn, addressEn, roleEn), "cy", new EventSessionText(venueCy, addressCy, roleCy)));
        return sessions.save(session);
    }

    /** A booking someone made earlier (no email is sent for demo bookings). */
    private void book(EventSession session, int places, BookingStatus status, BookerRole role) {
        book(session, places, status, role, Needs.NONE);
    }

    private void book(EventSession session, int places, BookingStatus status, BookerRole role, Needs needs) {
        String key = UUID.randomUUID().toString();
        Contact contact = new Contact("Demo booker", "demo-booker@example.org", null, Locale.ENGLISH, PreferredFormat.STANDARD);
        BookingRequest request = new BookingRequest(key, session.getId(), places, role, contact, needs, null, status == BookingStatus.WAITING);
        String reference = "DEMO" + String.format("%04d", bookings.count() + 1);
        Booking booking = new Booking(reference, UUID.randomUUID().toString().replace("-", "") + "demo00000", request, status,
                clock.instant().minus(Duration.ofDays(2)));
        bookings.save(booking);
    }
}
