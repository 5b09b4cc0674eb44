package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HugeMethodsTest {

    @Test
    void theOptionExistsOnThisJvm() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertEquals(HugeMethods.OPTION, hotspot.getVMOption(HugeMethods.OPTION).getName());
    }

    @Test
    void theTestsRunTheClassifierCompiledAsBinLedeDoes() {
        assertTrue(HugeMethods.compiled(), "the tests' JVM must get -XX:-DontCompileHugeMethods (pom.xml, argLine)");
    }
}
