package dev.lede.search;

import dev.lede.index.Schema;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * What facet counting needs from one index snapshot, built once per snapshot: Lucene's ordinal state, and the
 * automatic merges of person and organisation variants found over all its values. Combined with the curation log into the aliases a
 * search applies; that combination is kept until either side changes.
 */
final class IndexFacets {

    private final FacetsConfig facetsConfig;
    private volatile Snapshot snapshot;
    private volatile Combined combined;

    IndexFacets(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** @param state {@code null} while no article has a facet value */
    record Snapshot(
            IndexReader reader,
            SortedSetDocValuesReaderState state,
            List<AutomaticMerge> automatic,
            Map<FacetField, List<String>> values) {

        /** Every indexed value of {@code field}, for resolving names typed in a query. */
        List<String> values(FacetField field) {
            return values.getOrDefault(field, List.of());
        }
    }

    private record Combined(Snapshot snapshot, List<CurationChange> log, EntityAliases aliases) {}

    Snapshot of(IndexReader reader) throws IOException {
        Snapshot current = snapshot;
        if (current != null && current.reader() == reader) {
            return current;
        }
        String field = facetsConfig.getDimConfig(Schema.DIM_PERSON).indexFieldName;
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        if (info == null) {
            current = new Snapshot(reader, null, List.of(), Map.of());
        } else {
            var state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            List<AutomaticMerge> automatic =
                    new ArrayList<>(PersonVariants.automatic(counts(state, Schema.DIM_PERSON)));
            automatic.addAll(OrganizationVariants.automatic(counts(state, Schema.DIM_ORG)));
            current = new Snapshot(reader, state, automatic, allValues(state));
        }
        snapshot = current;
        return current;
    }

    /** Automatic merges first, then the log, so that a person's split or rename wins. */
    EntityAliases aliases(IndexReader reader, List<CurationChange> log) throws IOException {
        Snapshot current = of(reader);
        Combined last = combined;
        if (last != null && last.snapshot() == current && last.log() == log) {
            return last.aliases();
        }
        Combined fresh =
                new Combined(current, log, new EntityAliases(current.automatic(), log, NameAliases.installed()));
        combined = fresh;
        return fresh.aliases();
    }

    /** The last snapshot built, or {@code null} before the first search. */
    Snapshot latest() {
        return snapshot;
    }

    private static Map<FacetField, List<String>> allValues(SortedSetDocValuesReaderState state) throws IOException {
        Map<FacetField, List<String>> values = new EnumMap<>(FacetField.class);
        SortedSetDocValues docValues = state.getDocValues();
        for (FacetField field : FacetField.values()) {
            OrdRange range = state.getOrdRange(Schema.dimension(field));
            List<String> names = new ArrayList<>();
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    String[] path =
                            FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
                    names.add(path[path.length - 1]);
                }
            }
            values.put(field, List.copyOf(names));
        }
        return values;
    }

    private static Map<String, Long> counts(SortedSetDocValuesReaderState state, String dimension) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            var all = new SortedSetDocValuesFacetCounts(state).getAllChildren(dimension);
            if (all != null) {
                for (var labelValue : all.labelValues) {
                    counts.put(labelValue.label, labelValue.value.longValue());
                }
            }
        } catch (IllegalArgumentException noValueYet) {
            // An index without any value of the dimension has nothing to merge.
        }
        return counts;
    }
}
