package uk.takingpart.base.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Named rate limits, per client address (Bucket4j token buckets). A view or filter asks
 * {@link #take} before doing the limited thing; a refusal says how long until it may be tried again.
 * Limits are configuration ({@code takingpart.rate-limits.<name>.per-address}, see
 * {@link RateLimitSettings}); a new feature adds a name here with its default and a line in
 * {@code application.properties}. Each limit remembers a bounded number of addresses, least recently
 * seen forgotten first, and forgets an address once its bucket would be full again.
 */
@Service
public class RateLimits {
    /** Failed staff sign-ins (checked on each form post to the sign-in page, counted when it fails). */
    public static final String SIGN_IN = "sign-in";
    /** Bookings made (confirming on the check page). */
    public static final String BOOKING = "booking";
    /** Resume codes typed (or followed from an email link) to come back to a saved draft, right or wrong. */
    public static final String RESUME_CODE = "resume-code";
    /** Emails asked for with the link back to a saved draft. */
    public static final String RESUME_EMAIL = "resume-email";
    /** Questions asked on a consultation (sent to staff to moderate and answer). */
    public static final String QUESTION = "question";
    /** Wrong second-factor codes (authenticator or recovery codes) at staff sign-in, per client address. */
    public static final String TWO_FACTOR = "two-factor";
    /** Wrong second-factor codes per staff account (the "address" is the account's username). */
    public static final String TWO_FACTOR_ACCOUNT = "two-factor-account";

    /** What applies when configuration says nothing about a name. */
    static final Map<String, RateLimit> DEFAULTS = Map.of(
            SIGN_IN, RateLimit.parse("20/15m"),
            BOOKING, RateLimit.parse("20/1h"),
            RESUME_CODE, RateLimit.parse("10/15m"),
            RESUME_EMAIL, RateLimit.parse("10/1h"),
            QUESTION, RateLimit.parse("10/1h"),
            TWO_FACTOR, RateLimit.parse("20/15m"),
            TWO_FACTOR_ACCOUNT, RateLimit.parse("5/15m"));

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /** Allowed, or refused with how long to wait. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public boolean refused() {
            return !allowed;
        }

        /** Whole seconds to wait, as {@code Retry-After} wants them (at least 1 when refused). */
        public long retryAfterSeconds() {
            return allowed ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** Whole minutes to wait, rounded up, for people (at least 1 when refused). */
        public long retryAfterMinutes() {
            return allowed ? 0 : Math.max(1, (retryAfterSeconds() + 59) / 60);
        }
    }

    private final ClientAddresses addresses;
    private final TimeMeter time;
    private final Map<String, Limiter> limiters = new ConcurrentHashMap<>();
    private final RateLimitSettings settings;

    public RateLimits(RateLimitSettings settings, ClientAddresses addresses, Clock clock) {
        this.settings = settings;
        this.addresses = addresses;
        this.time = new ClockTime(clock);
        settings.rateLimits().keySet().forEach(this::limiter); // a mistyped value fails at start-up
    }

    /**
     * Whether one more go at {@code name} would be allowed from the request's client address, without
     * counting it (for limits that count only failures, such as sign-in: check first, count a failure).
     */
    public Decision check(String name, HttpServletRequest request) {
        Limiter limiter = limiter(name);
        return limiter.limit().isEmpty() ? Decision.ALLOWED : limiter.check(addresses.of(request));
    }

    /** Whether one more go at {@code name} would be allowed for {@code key} (a client address or an account), without counting it. */
    public Decision check(String name, String key) {
        Limiter limiter = limiter(name);
        return limiter.limit().isEmpty() ? Decision.ALLOWED : limiter.check(key == null ? "" : key);
    }

    /** The request's client address, as the limits see it. */
    public String clientAddress(HttpServletRequest request) {
        return addresses.of(request);
    }

    /** Counts one go at {@code name} from the request's client address. */
    public Decision take(String name, HttpServletRequest request) {
        return take(name, addresses.of(request));
    }

    /** Counts one go at {@code name} from {@code clientAddress}. */
    public Decision take(String name, String clientAddress) {
        Limiter limiter = limiter(name);
        if (limiter.limit().isEmpty()) {
            return Decision.ALLOWED;
        }
        Decision decision = limiter.take(clientAddress == null ? "" : clientAddress);
        if (decision.refused()) {
            log.info("Rate limit '{}' reached by a client; try again in {} s", name, decision.retryAfterSeconds());
        }
        return decision;
    }

    /** The limit in force for a name (empty when switched off). */
    public Optional<RateLimit> limit(String name) {
        return limiter(name).limit();
    }

    /** How many addresses a limit remembers now (for tests and monitoring). */
    int remembered(String name) {
        return limiter(name).size();
    }

    private Limiter limiter(String name) {
        return limiters.computeIfAbsent(name, n -> {
            RateLimitSettings.Named named = settings.rateLimits().get(n);
            String configured = named == null ? null : named.perAddress();
            Optional<RateLimit> limit;
            if (configured == null || configured.isBlank()) {
                RateLimit fallback = DEFAULTS.get(n);
                if (fallback == null) {
                    throw new IllegalArgumentException("No rate limit named '" + n + "': set takingpart.rate-limits." + n + ".per-address");
                }
                limit = Optional.of(fallback);
            } else {
                limit = "off".equalsIgnoreCase(configured.strip()) ? Optional.empty() : Optional.of(RateLimit.parse(configured));
            }
            int max = named == null || named.maxAddresses() == null ? RateLimitSettings.DEFAULT_MAX_ADDRESSES : named.maxAddresses();
            return new Limiter(limit, max, time);
        });
    }

    /** One named limit's buckets, by address, in a map that keeps at most {@code max} of them. */
    private static final class Limiter {
        private final Optional<RateLimit> limit;
        private final int max;
        private final TimeMeter time;
        private final LinkedHashMap<String, Tracked> buckets;

        /** An address's bucket and when it was last used. */
        private static final class Tracked {
            final Bucket bucket;
            long lastUsedNanos;

            Tracked(Bucket bucket) {
                this.bucket = bucket;
            }
        }

        Limiter(Optional<RateLimit> limit, int max, TimeMeter time) {
            this.limit = limit;
            this.max = max;
            this.time = time;
            this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
                    return size() > Limiter.this.max;
                }
            };
        }

        Optional<RateLimit> limit() {
            return limit;
        }

        synchronized int size() {
            forgetFullBuckets();
            return buckets.size();
        }

        synchronized Decision check(String address) {
            forgetFullBuckets();
            Tracked tracked = buckets.get(address);
            if (tracked == null) {
                return Decision.ALLOWED; // not seen lately: a full allowance, and nothing to remember
            }
            EstimationProbe probe = tracked.bucket.estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Decision.ALLOWED : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }

        synchronized Decision take(String address) {
            forgetFullBuckets();
            Tracked tracked = buckets.computeIfAbsent(address, a -> new Tracked(newBucket()));
            tracked.lastUsedNanos = time.currentTimeNanos();
            ConsumptionProbe probe = tracked.bucket.tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Decision.ALLOWED : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }

        /** An address not seen for a whole period has its full allowance again: no need to remember it. */
        private void forgetFullBuckets() {
            long now = time.currentTimeNanos();
            long period = limit.orElseThrow().period().toNanos();
            var it = buckets.values().iterator();
            // access order: the least recently used come first, so stop at the first still needed
            while (it.hasNext()) {
                if (now - it.next().lastUsedNanos >= period) {
                    it.remove();
                } else {
                    break;
                }
            }
        }

        private Bucket newBucket() {
            RateLimit l = limit.orElseThrow();
            return Bucket.builder()
                    .addLimit(b -> b.capacity(l.count()).refillGreedy(l.count(), l.period()))
                    .withCustomTimePrecision(time)
                    .build();
        }
    }

    /** Bucket4j's time from the application's clock, so tests can move time on. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
