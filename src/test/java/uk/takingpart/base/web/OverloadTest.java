package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The overload rule on fake readings: heap still in use after collection, and live sessions. */
@ExtendWith(OutputCaptureExtension.class)
class OverloadTest {
    private double heap;
    private final AtomicInteger sessions = new AtomicInteger();

    private Overload overload(double maxHeap, int maxSessions) {
        return new Overload(new OverloadSettings(maxHeap, maxSessions, Duration.ofSeconds(60)), () -> heap, sessions::get);
    }

    @Test
    void a_heap_still_full_after_collection_means_overloaded_and_one_that_emptied_does_not() {
        Overload overload = overload(0.80, 0);
        heap = 0.79;
        assertThat(overload.isOverloaded()).isFalse();
        heap = 0.85;
        assertThat(overload.isOverloaded()).isTrue();
        heap = 0.40;
        assertThat(overload.isOverloaded()).isFalse();
    }

    @Test
    void too_many_live_sessions_means_overloaded_and_zero_means_no_limit() {
        heap = 0.10;
        Overload limited = overload(0.80, 3);
        sessions.set(2);
        assertThat(limited.isOverloaded()).as("room for a third").isFalse();
        sessions.set(3);
        assertThat(limited.isOverloaded()).as("the third is the last").isTrue();

        sessions.set(100_000);
        assertThat(overload(0.80, 0).isOverloaded()).isFalse();
    }

    @Test
    void a_heap_limit_of_zero_switches_the_memory_rule_off() {
        heap = 0.99;
        assertThat(overload(0, 0).isOverloaded()).isFalse();
    }

    @Test
    void entering_and_leaving_overload_are_each_logged_once_as_a_warning(CapturedOutput output) {
        Overload overload = overload(0.80, 0);
        heap = 0.90;
        overload.isOverloaded();
        overload.isOverloaded();
        overload.isOverloaded();
        heap = 0.30;
        overload.isOverloaded();
        overload.isOverloaded();

        String log = output.getAll();
        assertThat(log.lines().filter(line -> line.contains("Overloaded:"))).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("WARN").contains("90%").contains("limit 80%"));
        assertThat(log.lines().filter(line -> line.contains("No longer overloaded"))).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("WARN").contains("30%"));
    }

    @Test
    void the_real_heap_reading_is_a_share_between_zero_and_one() {
        System.gc();
        double reading = new HeapAfterGc().fraction();
        assertThat(reading).isBetween(0.0, 1.0);
    }
}
