package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Every segment's facet ordinals of people, places, countries, orgs and sources copied once onto the heap, field by
 * field and article by article, so that counting a search's matches
 * reads two int arrays instead of decoding doc values through memory-mapped files (at a million articles that decoding
 * was a quarter of a search). A segment is read when a snapshot first holds it and dropped when Lucene closes it, so a
 * commit reads only its new segments; segments that would take the copies past {@code maxOrdinals} in all are left to
 * their doc values.
 */
final class HeapOrdinals {

    /** 64 M ordinals (256 MB): a million generated articles hold about six million. */
    static final long DEFAULT_MAX_ORDINALS = 1L << 26;

    private final String field;
    private final long maxOrdinals;
    private final AtomicLong held = new AtomicLong();
    private final Map<IndexReader.CacheKey, Segment> bySegment = new ConcurrentHashMap<>();

    HeapOrdinals(String field, long maxOrdinals) {
        this.field = field;
        this.maxOrdinals = maxOrdinals;
    }

    /**
     * One segment's ordinals, field by field: those of article {@code doc} in {@code field} are {@code
     * ords[field][starts[field][doc]]} up to {@code starts[field][doc + 1]}. A count then reads only the fields it
     * counts, not the publication months and other dimensions that share the doc values.
     */
    record Segment(int[][] starts, int[][] ords) {
        int start(FacetField field, int doc) {
            return starts[field.ordinal()][doc];
        }

        int end(FacetField field, int doc) {
            return starts[field.ordinal()][doc + 1];
        }

        int ord(FacetField field, int index) {
            return ords[field.ordinal()][index];
        }

        long size() {
            long size = 0;
            for (int[] field : ords) {
                size += field.length;
            }
            return size;
        }
    }

    /** The copy of {@code segment}'s ordinals, made now if it has none; {@code null} when over the budget. */
    Segment of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return null;
        }
        Segment known = bySegment.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Segment read = read(segment);
        if (read == null) {
            return null;
        }
        if (held.addAndGet(read.size()) > maxOrdinals) {
            held.addAndGet(-read.size());
            return null;
        }
        Segment raced = bySegment.putIfAbsent(cache.getKey(), read);
        if (raced != null) {
            held.addAndGet(-read.size());
            return raced;
        }
        cache.addClosedListener(key -> {
            Segment closed = bySegment.remove(key);
            if (closed != null) {
                held.addAndGet(-closed.size());
            }
        });
        return read;
    }

    /** How many ordinals the copies hold now. */
    long held() {
        return held.get();
    }

    private Segment read(LeafReader segment) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        byte[] fieldOfOrd = fieldOfOrd(values);
        int fields = FacetField.values().length;
        int[][] starts = new int[fields][segment.maxDoc() + 1];
        int[][] ords = new int[fields][16];
        int[] count = new int[fields];
        int[] next = new int[fields];
        long total = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            for (int i = values.docValueCount(); i > 0; i--) {
                int ord = Math.toIntExact(values.nextOrd());
                int f = fieldOfOrd[ord];
                if (f < 0) {
                    continue;
                }
                if (next[f] <= doc) {
                    Arrays.fill(starts[f], next[f], doc + 1, count[f]);
                    next[f] = doc + 1;
                }
                if (count[f] == ords[f].length) {
                    ords[f] = Arrays.copyOf(ords[f], Math.min(Integer.MAX_VALUE - 8, 2 * ords[f].length));
                }
                ords[f][count[f]++] = ord;
                if (++total > maxOrdinals) {
                    return null;
                }
            }
        }
        for (int f = 0; f < fields; f++) {
            Arrays.fill(starts[f], next[f], starts[f].length, count[f]);
            ords[f] = Arrays.copyOf(ords[f], count[f]);
        }
        return new Segment(starts, ords);
    }

    /** The facet field of each ordinal of the segment ({@link FacetField#ordinal()}), or -1 for other dimensions. */
    private static byte[] fieldOfOrd(SortedSetDocValues values) throws IOException {
        Map<String, Integer> byDimension = new HashMap<>();
        for (FacetField facet : FacetField.values()) {
            byDimension.put(Schema.dimension(facet), facet.ordinal());
        }
        byte[] fieldOfOrd = new byte[Math.toIntExact(values.getValueCount())];
        TermsEnum terms = values.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next(), ord++) {
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            fieldOfOrd[ord] = byDimension.getOrDefault(path[0], -1).byteValue();
        }
        return fieldOfOrd;
    }
}
