package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The overload rule on fake readings: heap still in use after collection, processor use, and live sessions. */
@ExtendWith(OutputCaptureExtension.class)
class OverloadTest {
    private double heap;
    private final AtomicInteger sessions = new AtomicInteger();
    private double cpu;

    private Overload overload(double maxHeap, int maxSessions) {
        return new Overload(OverloadSettings.memoryAndSessions(maxHeap, maxSessions, Duration.ofSeconds(60)), () -> heap, sessions::get);
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
    void a_server_using_nearly_all_its_processors_is_overloaded_and_lets_visitors_in_again_only_once_that_has_eased() {
        Overload overload = new Overload(new OverloadSettings(0.80, 0, Duration.ofSeconds(60), 0.90, Duration.ofSeconds(10), 0.10),
                () -> heap, sessions::get, () -> cpu);
        heap = 0.10;
        cpu = 0.85;
        assertThat(overload.isOverloaded()).as("busy, below the limit").isFalse();
        cpu = 0.93;
        assertThat(overload.isOverloaded()).as("above the limit").isTrue();
        cpu = 0.85;
        assertThat(overload.isOverloaded()).as("below the limit, not yet eased by 10 points").isTrue();
        cpu = 0.79;
        assertThat(overload.isOverloaded()).as("eased").isFalse();
        cpu = 0.85;
        assertThat(overload.isOverloaded()).as("below the limit again: the margin applies only while overloaded").isFalse();
    }

    @Test
    void the_heap_rule_eases_with_the_same_margin() {
        Overload overload = new Overload(new OverloadSettings(0.80, 0, Duration.ofSeconds(60), 0, Duration.ofSeconds(10), 0.05),
                () -> heap, sessions::get, () -> 1.0);
        heap = 0.82;
        assertThat(overload.isOverloaded()).isTrue();
        heap = 0.77;
        assertThat(overload.isOverloaded()).as("within the margin").isTrue();
        heap = 0.74;
        assertThat(overload.isOverloaded()).isFalse();
        assertThat(overload.isOverloaded()).as("a processor limit of zero switches that rule off").isFalse();
    }

    @Test
    void processor_use_is_this_servers_cpu_time_over_the_window_on_every_processor() {
        long[] wall = {0};
        long[] used = {0};
        ProcessCpu processCpu = new ProcessCpu(() -> wall[0], () -> used[0], 2);
        Duration window = Duration.ofSeconds(10);
        assertThat(processCpu.share(window)).as("one reading: nothing to compare").isZero();
        // 12 seconds at 1.5 of 2 processors, read every second
        for (int second = 1; second <= 12; second++) {
            wall[0] += 1_000_000_000L;
            used[0] += 1_500_000_000L;
            processCpu.share(window);
        }
        assertThat(processCpu.share(window)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
        // asked again within the second: the same reading, no new one
        wall[0] += 500_000_000L;
        assertThat(processCpu.share(window)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
        // then 10 idle seconds, read every second: the old busy seconds leave the window
        for (int second = 1; second <= 10; second++) {
            wall[0] += 1_000_000_000L;
            processCpu.share(window);
        }
        assertThat(processCpu.share(window)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.001));
        // nobody asked for a minute, then a busy second: only what is known about now counts
        wall[0] += 60_000_000_000L;
        processCpu.share(window);
        wall[0] += 1_000_000_000L;
        used[0] += 2_000_000_000L;
        assertThat(processCpu.share(window)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void the_real_processor_reading_is_a_share_between_zero_and_one() throws InterruptedException {
        ProcessCpu processCpu = new ProcessCpu();
        processCpu.share(Duration.ofSeconds(10));
        Thread.sleep(1100);
        assertThat(processCpu.share(Duration.ofSeconds(10))).isBetween(0.0, 1.0);
    }

    @Test
    void the_real_heap_reading_is_a_share_between_zero_and_one() {
        System.gc();
        double reading = new HeapAfterGc().fraction();
        assertThat(reading).isBetween(0.0, 1.0);
    }
}
