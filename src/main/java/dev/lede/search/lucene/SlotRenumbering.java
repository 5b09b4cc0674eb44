package dev.lede.search.lucene;

import java.util.Arrays;

/**
 * Counts by slot of one segment, carried from one ordinal table to the next. They carry only when the segment's
 * ordinals fall into the same groups in both tables (each group one canonical name): a merge of two of its values,
 * a split or a newly blocked value changes what its counts mean, since an article holding two merged values counts
 * once.
 */
final class SlotRenumbering {

    private static final int UNSEEN = -2;

    private SlotRenumbering() {}

    /**
     * The counts of {@code counted}, by slot of the table before, renumbered into the {@code slots} of the table now;
     * {@code null} when the segment's ordinals are grouped differently.
     *
     * @param before the segment's ordinal → slot in the table before, negative for none
     * @param now the same segment's ordinal → slot in the table now, negative for none
     */
    static int[] carry(int[] before, int[] now, int[] counted, int slots) {
        if (before.length != now.length) {
            return null;
        }
        int[] nowOfBefore = new int[counted.length];
        int[] beforeOfNow = new int[slots];
        Arrays.fill(nowOfBefore, UNSEEN);
        Arrays.fill(beforeOfNow, UNSEEN);
        for (int ord = 0; ord < before.length; ord++) {
            int was = before[ord];
            int is = now[ord];
            if (was < 0 || is < 0) {
                if ((was < 0) != (is < 0)) {
                    return null;
                }
            } else if (nowOfBefore[was] == UNSEEN && beforeOfNow[is] == UNSEEN) {
                nowOfBefore[was] = is;
                beforeOfNow[is] = was;
            } else if (nowOfBefore[was] != is) {
                // one of the two is paired with another: the name was merged or split
                return null;
            }
        }
        int[] carried = new int[slots];
        for (int was = 0; was < nowOfBefore.length; was++) {
            if (nowOfBefore[was] != UNSEEN) {
                carried[nowOfBefore[was]] = counted[was];
            }
        }
        return carried;
    }
}
