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
 * the last garbage collection is above {@code takingpart.overload.max-heap-after-gc}, the server
 * has used more than {@code takingpart.overload.max-cpu} of the machine's processors over the last
 * {@code cpu-window}, or {@code takingpart.overload.max-sessions} sessions are already live. Once
 * overloaded, it stays so until every reading has eased below its limit by
 * {@code takingpart.overload.ease}. Entering and leaving that state are each logged once, as a
 * warning.
 */
@Component
public class Overload {
    private static final Logger log = LoggerFactory.getLogger(Overload.class);

    private final OverloadSettings settings;
    private final DoubleSupplier heapAfterGc;
    private final IntSupplier liveSessions;
    private final DoubleSupplier cpu;
    private final AtomicBoolean overloaded = new AtomicBoolean();

    @Autowired
    Overload(OverloadSettings settings, HeapAfterGc heap, LiveSessions sessions, ProcessCpu cpu) {
        this(settings, heap::fraction, sessions::count, () -> cpu.share(settings.cpuWindow()));
    }

    Overload(OverloadSettings settings, DoubleSupplier heapAfterGc, IntSupplier liveSessions) {
        this(settings, heapAfterGc, liveSessions, () -> 0);
    }

    Overload(OverloadSettings settings, DoubleSupplier heapAfterGc, IntSupplier liveSessions, DoubleSupplier cpu) {
        this.settings = settings;
        this.heapAfterGc = heapAfterGc;
        this.liveSessions = liveSessions;
        this.cpu = cpu;
    }

    /** Checks now, and says so in the log when the answer changes. */
    public boolean isOverloaded() {
        boolean was = overloaded.get();
        // while overloaded, the limits are lower by the easing margin
        double ease = was ? settings.ease() : 0;
        double heap = heapAfterGc.getAsDouble();
        int sessions = liveSessions.getAsInt();
        double processors = settings.maxCpu() > 0 ? cpu.getAsDouble() : 0;
        boolean heapFull = settings.maxHeapAfterGc() > 0 && heap > settings.maxHeapAfterGc() - ease;
        boolean tooMany = settings.maxSessions() > 0 && sessions >= settings.maxSessions();
        boolean busy = settings.maxCpu() > 0 && processors > settings.maxCpu() - ease;
        boolean now = heapFull || tooMany || busy;
        if (overloaded.compareAndSet(!now, now)) {
            String reading = String.format("heap in use after the last collection %.0f%% (limit %s), processors %.0f%% (limit %s), "
                            + "%d live sessions (limit %s)",
                    heap * 100, limit(settings.maxHeapAfterGc()), processors * 100, limit(settings.maxCpu()),
                    sessions, settings.maxSessions() > 0 ? settings.maxSessions() : "none");
            if (now) {
                log.warn("Overloaded: new visitors get the busy page until it eases; {}", reading);
            } else {
                log.warn("No longer overloaded: new visitors are let in again; {}", reading);
            }
        }
        return now;
    }

    private static String limit(double share) {
        return share > 0 ? Math.round(share * 100) + "%" : "none";
    }
}
