package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every facet value of a snapshot by field, in ordinal order. Each segment's values are read once, in order, and kept
 * while the segment is open, so a new snapshot reads only its new segments' values instead of looking up every
 * value of the index again.
 */
final class ValueNames {

    private final Map<IndexReader.CacheKey, String[]> bySegment = new ConcurrentHashMap<>();
    private final AtomicLong segmentsRead = new AtomicLong();

    /** Every value of each field of {@code state}'s snapshot, in ordinal order. */
    Map<FacetField, List<String>> of(SortedSetDocValuesReaderState state) throws IOException {
        OrdinalMap ordinals =
                state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = state.getReader().leaves();
        String[][] namesBySegment = new String[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            namesBySegment[leaf.ord] = segmentNames(leaf.reader(), state.getField());
        }
        Map<FacetField, List<String>> values = new EnumMap<>(FacetField.class);
        for (FacetField field : FacetField.values()) {
            OrdRange range = state.getOrdRange(Schema.dimension(field));
            List<String> names = new ArrayList<>();
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    int segment = ordinals == null ? 0 : ordinals.getFirstSegmentNumber(ord);
                    long segmentOrd = ordinals == null ? ord : ordinals.getFirstSegmentOrd(ord);
                    names.add(namesBySegment[segment][Math.toIntExact(segmentOrd)]);
                }
            }
            values.put(field, List.copyOf(names));
        }
        return values;
    }

    /** How many segments' values were read rather than answered from what was kept. */
    long segmentsRead() {
        return segmentsRead.get();
    }

    private String[] segmentNames(LeafReader segment, String field) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        String[] known = core == null ? null : bySegment.get(core.getKey());
        if (known != null) {
            return known;
        }
        segmentsRead.incrementAndGet();
        String[] names = read(segment, field);
        if (core != null && bySegment.putIfAbsent(core.getKey(), names) == null) {
            core.addClosedListener(bySegment::remove);
        }
        return names;
    }

    /** The last path component of each of the segment's values, by segment ordinal. */
    private static String[] read(LeafReader segment, String field) throws IOException {
        var docValues = DocValues.getSortedSet(segment, field);
        String[] names = new String[Math.toIntExact(docValues.getValueCount())];
        TermsEnum terms = docValues.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            names[ord++] = path[path.length - 1];
        }
        return names;
    }
}
