package uk.takingpart.base.web;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The share of the machine's processors this server has used over a recent window: its own CPU
 * time (every thread: requests, garbage collection, the compiler) divided by the wall time and the
 * number of processors. Read when asked, with a reading taken at most once a second, so asking
 * on every request costs nothing; an idle server's old readings are dropped, not averaged in.
 */
@Component
class ProcessCpu {
    private static final long SAMPLE_EVERY = Duration.ofSeconds(1).toNanos();

    private record Sample(long wallNanos, long cpuNanos) {
    }

    private final LongSupplier wallNanos;
    private final LongSupplier cpuNanos;
    private final int processors;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private double share;

    @Autowired
    ProcessCpu() {
        this(System::nanoTime, ProcessCpu::processCpuNanos, Runtime.getRuntime().availableProcessors());
    }

    ProcessCpu(LongSupplier wallNanos, LongSupplier cpuNanos, int processors) {
        this.wallNanos = wallNanos;
        this.cpuNanos = cpuNanos;
        this.processors = Math.max(1, processors);
    }

    /** Between 0 and 1 over about the last {@code window}; 0 until two readings a second apart exist. */
    synchronized double share(Duration window) {
        long now = wallNanos.getAsLong();
        Sample newest = samples.peekLast();
        if (newest != null && now - newest.wallNanos() < SAMPLE_EVERY) {
            return share;
        }
        long cpu = cpuNanos.getAsLong();
        if (cpu < 0) {
            return share = 0;
        }
        samples.addLast(new Sample(now, cpu));
        long from = now - window.toNanos();
        // keep the newest reading at or before the window's start, so the share covers the whole window
        while (samples.size() > 1) {
            Sample first = samples.removeFirst();
            if (samples.peekFirst().wallNanos() > from) {
                samples.addFirst(first);
                break;
            }
        }
        Sample oldest = samples.peekFirst();
        if (now - oldest.wallNanos() > 3 * window.toNanos()) {
            // nobody asked for a long time: that reading says nothing about now
            samples.removeFirst();
            oldest = samples.peekFirst();
        }
        long wall = now - oldest.wallNanos();
        share = wall <= 0 ? 0 : Math.min(1, Math.max(0, (double) (cpu - oldest.cpuNanos()) / ((double) wall * processors)));
        return share;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
