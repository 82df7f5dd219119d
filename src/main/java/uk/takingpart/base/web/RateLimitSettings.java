package uk.takingpart.base.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The named rate limits ({@code takingpart.rate-limits.<name>.*}): for each, how often one client
 * address may do it ({@code per-address=10/15m}) and how many addresses are remembered at once
 * ({@code max-addresses}, so that someone with very many addresses cannot fill the memory; the least
 * recently seen are forgotten first). A name with no {@code per-address} uses its default in
 * {@link RateLimits#DEFAULTS}; {@code per-address=off} switches a limit off.
 */
@ConfigurationProperties("takingpart")
public record RateLimitSettings(Map<String, Named> rateLimits) {
    public static final int DEFAULT_MAX_ADDRESSES = 10_000;

    public RateLimitSettings {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(rateLimits));
    }

    /**
     * One named limit as configured.
     *
     * @param perAddress   {@code count/period} (see {@link RateLimit#parse}), {@code off}, or empty for the default
     * @param maxAddresses how many client addresses this limit remembers at most (default {@value #DEFAULT_MAX_ADDRESSES})
     */
    public record Named(String perAddress, Integer maxAddresses) {
        public Named {
            if (maxAddresses != null && maxAddresses < 1) {
                throw new IllegalArgumentException("takingpart.rate-limits.*.max-addresses must be at least 1");
            }
            if (perAddress != null && !perAddress.isBlank() && !"off".equalsIgnoreCase(perAddress.strip())) {
                RateLimit.parse(perAddress); // fails at start-up, not on the first request
            }
        }
    }
}
