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
 */
@ConfigurationProperties("takingpart.overload")
public record OverloadSettings(@DefaultValue("0.80") double maxHeapAfterGc,
                               @DefaultValue("0") int maxSessions,
                               @DefaultValue("60s") Duration retryAfter) {
    public OverloadSettings {
        if (maxHeapAfterGc < 0 || maxHeapAfterGc > 1) {
            throw new IllegalArgumentException("takingpart.overload.max-heap-after-gc is a share of the heap between 0 and 1, not " + maxHeapAfterGc);
        }
        if (maxSessions < 0) {
            throw new IllegalArgumentException("takingpart.overload.max-sessions cannot be negative");
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("takingpart.overload.retry-after must be positive");
        }
    }

    /** Whole seconds, as the Retry-After header wants them (at least 1). */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
