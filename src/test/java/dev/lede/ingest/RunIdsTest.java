package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunIdsTest {

    @Test
    void eachIdIsAFirstAddOnceThroughManyGrowths() {
        RunIds ids = new RunIds();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(ids.firstAdd("wire-" + i), "first add of wire-" + i);
        }
        for (int i = 0; i < 200_000; i++) {
            assertFalse(ids.firstAdd("wire-" + i), "second add of wire-" + i);
        }
        assertTrue(ids.firstAdd("wire-200000"));
        assertTrue(ids.firstAdd(""));
        assertFalse(ids.firstAdd(""));
    }
}
