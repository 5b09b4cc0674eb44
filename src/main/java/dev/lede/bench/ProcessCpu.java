package dev.lede.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this JVM so far, every thread included (workers, Lucene's merges, GC, JIT). On a machine busy with
 * other work, wall time stretches with the load while CPU time per article barely moves, so CPU-based ratios between
 * stages stay comparable when wall-time ones do not.
 */
final class ProcessCpu {

    private ProcessCpu() {}

    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
