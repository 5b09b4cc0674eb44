package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A segment's counts by slot carried into a new table only while its values group as they did. */
class SlotRenumberingTest {

    /** Ordinals 0-1 one name (merged), 2 a name of its own, 3 blocked; four slots, counts by slot. */
    private static final int[] BEFORE = {1, 1, 3, -1};

    private static final int[] COUNTED = {0, 7, 0, 4};

    @Test
    void countsFollowTheirNamesToTheirNewSlots() {
        int[] now = {4, 4, 0, -1};
        assertArrayEquals(new int[] {4, 0, 0, 0, 7, 0}, SlotRenumbering.carry(BEFORE, now, COUNTED, 6));
    }

    @Test
    void aMergeOfTwoOfTheSegmentsNamesStopsTheCarry() {
        assertNull(SlotRenumbering.carry(BEFORE, new int[] {0, 0, 0, -1}, COUNTED, 6));
    }

    @Test
    void aSplitOfAMergedNameStopsTheCarry() {
        assertNull(SlotRenumbering.carry(BEFORE, new int[] {0, 5, 2, -1}, COUNTED, 6));
    }

    @Test
    void aValueBlockedOrUnblockedStopsTheCarry() {
        assertNull(SlotRenumbering.carry(BEFORE, new int[] {0, 0, -1, -1}, COUNTED, 6));
        assertNull(SlotRenumbering.carry(BEFORE, new int[] {0, 0, 1, 2}, COUNTED, 6));
    }

    @Test
    void aNameMergedWithOneOutsideTheSegmentStillCarries() {
        int[] now = {2, 2, 0, -1};
        assertArrayEquals(new int[] {4, 0, 7}, SlotRenumbering.carry(BEFORE, now, COUNTED, 3));
    }
}
