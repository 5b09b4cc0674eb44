package dev.lede.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The near-duplicate fingerprint of one article body: a MinHash signature of its word shingles and how many distinct
 * shingles it has. Two fingerprints estimate how alike the two bodies are without the bodies themselves.
 *
 * @param minHashes {@link Fingerprints#HASHES} minimum hash values, one per hash function
 * @param shingles the number of distinct word shingles of the body
 */
public record Fingerprint(int[] minHashes, int shingles) {

    public Fingerprint {
        if (minHashes.length != Fingerprints.HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + Fingerprints.HASHES + " hashes");
        }
        minHashes = minHashes.clone();
    }

    /**
     * Estimated Jaccard similarity of the two bodies' shingle sets: the share of hash functions whose minimum agrees.
     */
    public double similarity(Fingerprint other) {
        int same = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return (double) same / minHashes.length;
    }

    /**
     * Estimated share of the shorter body's shingles that the longer body also has (1 for a truncated copy), from the
     * estimated Jaccard similarity J and the two sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    public double containment(Fingerprint other) {
        double jaccard = similarity(other);
        double shared = jaccard * (shingles + other.shingles) / (1 + jaccard);
        return Math.min(1.0, shared / Math.min(shingles, other.shingles));
    }

    /** Whether the two bodies count as the same story: see {@link Fingerprints#MIN_SIMILARITY}. */
    public boolean isDuplicateOf(Fingerprint other) {
        double similarity = similarity(other);
        return similarity >= Fingerprints.MIN_SIMILARITY
                || (similarity >= Fingerprints.MIN_SIMILARITY_WHEN_CONTAINED
                        && containment(other) >= Fingerprints.MIN_CONTAINMENT);
    }

    /**
     * The locality-sensitive-hashing keys, one per band of {@link Fingerprints#ROWS} hashes: two bodies that share a
     * key are candidates, and near-duplicates almost always share one. Each band's hash starts from the band's number,
     * so a key of one band does not meet the same rows in another.
     */
    public long[] bandHashes() {
        long[] hashes = new long[Fingerprints.BANDS];
        for (int band = 0; band < Fingerprints.BANDS; band++) {
            long hash = band;
            for (int row = 0; row < Fingerprints.ROWS; row++) {
                hash = Fingerprints.mix(hash * 31 + minHashes[band * Fingerprints.ROWS + row]);
            }
            hashes[band] = hash;
        }
        return hashes;
    }

    /** {@link #bandHashes()} written as "band:hash in hex", for reading and comparing. */
    public List<String> bandKeys() {
        long[] hashes = bandHashes();
        List<String> keys = new ArrayList<>(hashes.length);
        for (int band = 0; band < hashes.length; band++) {
            keys.add(band + ":" + Long.toHexString(hashes[band]));
        }
        return keys;
    }

    /** The stored form: the shingle count, then the hashes, as big-endian ints. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES * (1 + minHashes.length));
        buffer.putInt(shingles);
        for (int hash : minHashes) {
            buffer.putInt(hash);
        }
        return buffer.array();
    }

    public static Fingerprint fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        int shingles = buffer.getInt();
        int[] hashes = new int[(length - Integer.BYTES) / Integer.BYTES];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = buffer.getInt();
        }
        return new Fingerprint(hashes, shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint other
                && shingles == other.shingles
                && Arrays.equals(minHashes, other.minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minHashes) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }
}
