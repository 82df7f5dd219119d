package uk.takingpart.base.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The share of the heap still in use after the last garbage collection: each heap pool's usage as
 * the collector left it ({@link MemoryPoolMXBean#getCollectionUsage()}). Unlike the heap in use
 * now, which is always high just before a collection, this is what the live data really needs.
 * With G1 the old generation's figure is updated by young, mixed and full collections alike.
 */
@Component
class HeapAfterGc {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
            .toList();

    /** Between 0 and 1; 0 before the first collection. */
    double fraction() {
        long max = Runtime.getRuntime().maxMemory();
        if (max <= 0 || max == Long.MAX_VALUE) {
            return 0;
        }
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (afterGc != null) {
                used += afterGc.getUsed();
            }
        }
        return Math.min(1, (double) used / max);
    }
}
