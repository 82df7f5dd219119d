package uk.takingpart.base.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the server counts as overloaded, so that new visitors get the light "busy" page
 * ({@code takingpart.overload.*}).
 *
 * @param maxHeapAfterGc the share of the heap still in use after the last garbage collection above
 *                       which the server is overloaded (0 = no limit)
 * @param maxSessions    new visitors are turned away while this many sessions are live (0 = no limit)
 * @param retryAfter     how long the busy page asks browsers and people to wait before trying again
 * @param maxCpu         the share of the machine's processors this server may have used over the
 *                       last {@code cpuWindow} above which it is overloaded (0 = no limit)
 * @param cpuWindow      how far back the processor use is measured
 * @param ease           once overloaded, the heap and processor shares must fall this far below
 *                       their limits (and the sessions below theirs) before new visitors are let
 *                       in again, so the server does not flip in and out at the edge
 */
@ConfigurationProperties("takingpart.overload")
public record OverloadSettings(@DefaultValue("0.80") double maxHeapAfterGc,
                               @DefaultValue("0") int maxSessions,
                               @DefaultValue("60s") Duration retryAfter,
                               @DefaultValue("0.95") double maxCpu,
                               @DefaultValue("10s") Duration cpuWindow,
                               @DefaultValue("0.05") double ease) {
    public OverloadSettings {
        share("max-heap-after-gc", maxHeapAfterGc);
        share("max-cpu", maxCpu);
        share("ease", ease);
        if (maxSessions < 0) {
            throw new IllegalArgumentException("takingpart.overload.max-sessions cannot be negative");
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("takingpart.overload.retry-after must be positive");
        }
        if (cpuWindow.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("takingpart.overload.cpu-window must be at least 2s, not " + cpuWindow);
        }
    }

    /** The memory and session rules only, with no processor rule and no easing margin. */
    static OverloadSettings memoryAndSessions(double maxHeapAfterGc, int maxSessions, Duration retryAfter) {
        return new OverloadSettings(maxHeapAfterGc, maxSessions, retryAfter, 0, Duration.ofSeconds(10), 0);
    }

    private static void share(String name, double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("takingpart.overload." + name + " is a share between 0 and 1, not " + value);
        }
    }

    /** Whole seconds, as the Retry-After header wants them (at least 1). */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
