package dev.lede.ingest;

/**
 * The ids new to the index that a run has added so far, so that a later article of the same id in the run counts as
 * updated. Kept as 64-bit hashes in one open-addressing table, ≈ 16 bytes an id, against ≈ 100 for a set of strings:
 * a run of millions stays small. A collision (about 2^-64 a pair) would only count one add as an update.
 */
final class RunIds {

    private static final int INITIAL_CAPACITY = 1 << 10;

    private long[] table = new long[INITIAL_CAPACITY];
    private int size;
    private boolean holdsZero;

    /** Whether this is the first time the run adds {@code id}; remembers it. */
    synchronized boolean firstAdd(String id) {
        long hash = hash(id);
        if (hash == 0) {
            boolean first = !holdsZero;
            holdsZero = true;
            return first;
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (!insert(table, hash)) {
            return false;
        }
        size++;
        return true;
    }

    /** False when the hash was there already. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (table[slot] == hash) {
                return false;
            }
            if (table[slot] == 0) {
                table[slot] = hash;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long hash : table) {
            if (hash != 0) {
                insert(bigger, hash);
            }
        }
        table = bigger;
    }

    /** FNV-1a over the id's characters, then mixed so that the low bits used for slots are spread. */
    private static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
