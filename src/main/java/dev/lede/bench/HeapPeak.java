package dev.lede.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The most heap in use since the last reset, summed over the heap's pools (garbage not yet collected included). */
final class HeapPeak {

    private HeapPeak() {}

    static void reset() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long megabytes() {
        long peak = heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return peak / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
