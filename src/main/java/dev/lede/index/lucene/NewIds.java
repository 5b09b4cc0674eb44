package dev.lede.index.lucene;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which ids a run may add without replacing anything: absent from the index when the run began and not written yet in
 * this run. Lucene's {@code updateDocument} deletes by id before adding, and skipping that for new articles makes an
 * {@code --nlp off} run ≈ 6 % faster (BENCHMARKS.md). Ids written are remembered in a Bloom filter of fixed size, so a
 * run of millions stays small: a false positive only costs one update instead of an add.
 */
final class NewIds {

    private static final int BITS = 1 << 23;
    private static final int LOCKS = 64;

    private final Set<String> absentBefore = ConcurrentHashMap.newKeySet();
    private final FixedBitSet written = new FixedBitSet(BITS);
    private final Object[] locks = new Object[LOCKS];

    NewIds() {
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    /** The index held no article with this id when the run began. */
    void absentBefore(String id) {
        absentBefore.add(id);
    }

    /**
     * The lock to hold while writing this id: two writes of one id must reach Lucene in the order they were decided,
     * or an add could land after the update meant to replace it.
     */
    Object lockFor(String id) {
        return locks[Math.floorMod(id.hashCode(), LOCKS)];
    }

    /** Whether this write of {@code id} can be a plain add; call once per write, holding {@link #lockFor}. */
    boolean firstWriteOfNewId(String id) {
        boolean maybeWritten = markWritten(id);
        return absentBefore.remove(id) && !maybeWritten;
    }

    /** Sets the id's bits; true when all were set already (written before, or a false positive). */
    private synchronized boolean markWritten(String id) {
        long hash = mix(id.hashCode() * 0x9e3779b97f4a7c15L + id.length());
        boolean all = true;
        for (int i = 0; i < 3; i++) {
            int bit = (int) ((hash >>> (21 * i)) & (BITS - 1));
            all &= written.getAndSet(bit);
        }
        return all;
    }

    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
