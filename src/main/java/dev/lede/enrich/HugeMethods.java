package dev.lede.enrich;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns when the JVM will run the entity classifier's feature extractor in its interpreter. HotSpot compiles no method
 * longer than 8,000 bytes of bytecode unless started with {@code -XX:-DontCompileHugeMethods}; CoreNLP's
 * {@code NERFeatureFactory.featuresC} (10,370 bytes) and tokenizer {@code PTBLexer.next} (10,741) are longer, and
 * interpreted they make the classifier about 1.7 times slower. {@code bin/lede} and the tests pass the option; a JVM
 * started some other way gets this warning once.
 */
final class HugeMethods {

    static final String OPTION = "DontCompileHugeMethods";

    private static final Logger LOG = LoggerFactory.getLogger(HugeMethods.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private HugeMethods() {}

    /** Whether this JVM compiles long methods; true on a JVM that has no such limit (not HotSpot). */
    static boolean compiled() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot == null || "false".equals(hotspot.getVMOption(OPTION).getValue());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static void warnIfInterpreted() {
        if (!compiled() && WARNED.compareAndSet(false, true)) {
            LOG.warn(
                    "this JVM runs CoreNLP's longest methods in its interpreter: entity recognition is about 1.7 "
                            + "times slower; start it with -XX:-{} (bin/lede does)",
                    OPTION);
        }
    }
}
