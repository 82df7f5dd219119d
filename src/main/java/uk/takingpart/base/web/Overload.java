package uk.takingpart.base.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the server is too near its limits to take on another visitor: the heap still in use after
 * the last garbage collection is above {@code takingpart.overload.max-heap-after-gc}, or
 * {@code takingpart.overload.max-sessions} sessions are already live. Entering and leaving that
 * state are each logged once, as a warning.
 */
@Component
public class Overload {
    private static final Logger log = LoggerFactory.getLogger(Overload.class);

    private final OverloadSettings settings;
    private final DoubleSupplier heapAfterGc;
    private final IntSupplier liveSessions;
    private final AtomicBoolean overloaded = new AtomicBoolean();

    @Autowired
    Overload(OverloadSettings settings, HeapAfterGc heap, LiveSessions sessions) {
        this(settings, heap::fraction, sessions::count);
    }

    Overload(OverloadSettings settings, DoubleSupplier heapAfterGc, IntSupplier liveSessions) {
        this.settings = settings;
        this.heapAfterGc = heapAfterGc;
        this.liveSessions = liveSessions;
    }

    /** Checks now, and says so in the log when the answer changes. */
    public boolean isOverloaded() {
        double heap = heapAfterGc.getAsDouble();
        int sessions = liveSessions.getAsInt();
        boolean heapFull = settings.maxHeapAfterGc() > 0 && heap > settings.maxHeapAfterGc();
        boolean tooMany = settings.maxSessions() > 0 && sessions >= settings.maxSessions();
        boolean now = heapFull || tooMany;
        if (overloaded.compareAndSet(!now, now)) {
            String reading = String.format("heap in use after the last collection %.0f%% (limit %s), %d live sessions (limit %s)",
                    heap * 100, settings.maxHeapAfterGc() > 0 ? Math.round(settings.maxHeapAfterGc() * 100) + "%" : "none",
                    sessions, settings.maxSessions() > 0 ? settings.maxSessions() : "none");
            if (now) {
                log.warn("Overloaded: new visitors get the busy page until it eases; {}", reading);
            } else {
                log.warn("No longer overloaded: new visitors are let in again; {}", reading);
            }
        }
        return now;
    }
}
