package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.takingpart.testing.TestClock;

/** The limiter on its own: counts per name and address, says how long to wait, forgets, and stays bounded. */
class RateLimitsTest {
    private final TestClock clock = new TestClock();

    private RateLimits limits(Map<String, RateLimitSettings.Named> configured) {
        return new RateLimits(new RateLimitSettings(configured), new ClientAddresses(new ClientAddressSettings(List.of())), clock);
    }

    @Test
    void limits_are_read_as_count_per_period() {
        assertThat(RateLimit.parse("10/15m")).isEqualTo(new RateLimit(10, Duration.ofMinutes(15)));
        assertThat(RateLimit.parse(" 20 / h ")).isEqualTo(new RateLimit(20, Duration.ofHours(1)));
        assertThat(RateLimit.parse("5/30s")).isEqualTo(new RateLimit(5, Duration.ofSeconds(30)));
        assertThat(RateLimit.parse("100/1d")).isEqualTo(new RateLimit(100, Duration.ofDays(1)));
        for (String wrong : new String[] {"", "10", "0/1m", "10/0m", "10/15x", "ten/15m", "-1/1m"}) {
            assertThatThrownBy(() -> RateLimit.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new RateLimitSettings.Named("10 per minute", null)).as("a mistyped limit stops the start")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_fourth_try_in_a_minute_is_refused_with_the_wait_while_another_address_and_another_limit_carry_on() {
        RateLimits limits = limits(Map.of("sign-in", new RateLimitSettings.Named("3/1m", null),
                "booking", new RateLimitSettings.Named("3/1m", null)));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("sign-in", "203.0.113.7").allowed()).as("try " + (i + 1)).isTrue();
        }
        RateLimits.Decision fourth = limits.take("sign-in", "203.0.113.7");
        assertThat(fourth.refused()).isTrue();
        assertThat(fourth.retryAfterSeconds()).as("one try comes back every 20 s").isEqualTo(20);
        assertThat(fourth.retryAfterMinutes()).isEqualTo(1);

        assertThat(limits.take("sign-in", "198.51.100.1").allowed()).as("another address").isTrue();
        assertThat(limits.take("booking", "203.0.113.7").allowed()).as("another limit").isTrue();

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.take("sign-in", "203.0.113.7").allowed()).as("after the wait").isTrue();
        assertThat(limits.take("sign-in", "203.0.113.7").refused()).isTrue();
    }

    @Test
    void checking_counts_nothing_and_remembers_nothing() {
        RateLimits limits = limits(Map.of("sign-in", new RateLimitSettings.Named("2/1m", null)));
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.check("sign-in", request).allowed()).isTrue();
        }
        assertThat(limits.remembered("sign-in")).isZero();
        limits.take("sign-in", request);
        limits.take("sign-in", request);
        RateLimits.Decision used = limits.check("sign-in", request);
        assertThat(used.refused()).isTrue();
        assertThat(used.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void an_hourly_limit_says_how_many_minutes_to_wait_rounded_up() {
        RateLimits limits = limits(Map.of("booking", new RateLimitSettings.Named("2/1h", null)));
        limits.take("booking", "a");
        limits.take("booking", "a");
        RateLimits.Decision refused = limits.take("booking", "a");
        assertThat(refused.retryAfterSeconds()).isEqualTo(1800);
        assertThat(refused.retryAfterMinutes()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(61));
        assertThat(limits.take("booking", "a").retryAfterMinutes()).as("29 min less a second, rounded up").isEqualTo(29);
    }

    @Test
    void names_without_configuration_use_their_defaults_and_off_switches_a_limit_off() {
        RateLimits limits = limits(Map.of("booking", new RateLimitSettings.Named("off", null)));
        assertThat(limits.limit(RateLimits.SIGN_IN)).contains(new RateLimit(20, Duration.ofMinutes(15)));
        assertThat(limits.limit(RateLimits.BOOKING)).isEmpty();
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.take(RateLimits.BOOKING, "a").allowed()).isTrue();
        }
        assertThatThrownBy(() -> limits.take("no-such-limit", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void many_addresses_cannot_fill_the_memory_and_addresses_with_a_full_allowance_are_forgotten() {
        RateLimits limits = limits(Map.of("sign-in", new RateLimitSettings.Named("5/10m", 100)));
        for (int i = 0; i < 10_000; i++) {
            limits.take("sign-in", "10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limits.remembered("sign-in")).as("at most max-addresses").isEqualTo(100);

        clock.advance(Duration.ofMinutes(10));
        limits.take("sign-in", "192.0.2.1");
        assertThat(limits.remembered("sign-in")).as("the rest have their full allowance again").isEqualTo(1);
    }
}
