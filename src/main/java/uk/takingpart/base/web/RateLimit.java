package uk.takingpart.base.web;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many times something may be done in a period, written as in configuration: {@code 10/15m}
 * (ten in 15 minutes), {@code 20/1h}, {@code 5/30s}, {@code 100/1d}. The allowance comes back
 * steadily (greedy refill): after the tenth sign-in attempt in 15 minutes, one more is allowed every
 * 90 seconds, not all ten after a quarter of an hour.
 */
public record RateLimit(int count, Duration period) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})?\\s*([smhd])\\s*");

    public RateLimit {
        if (count < 1) {
            throw new IllegalArgumentException("A rate limit allows at least 1, not " + count);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit's period must be positive");
        }
    }

    /** Reads {@code count/period}, the period a whole number of s, m, h or d ({@code 10/15m}; {@code 20/h} means one hour). */
    public static RateLimit parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("A rate limit is written like 10/15m (count/period in s, m, h or d), not '" + text + "'");
        }
        long amount = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
        Duration period = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new RateLimit(Integer.parseInt(m.group(1)), period);
    }

    @Override
    public String toString() {
        return count + "/" + period;
    }
}
