package dev.lede.search.lucene;

import java.io.IOException;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * {@link DrillSideways} that leaves the counting to its caller rather than counting every dimension: its result
 * keeps the matches of the whole query and, per drill-down dimension, those of the query without that dimension's
 * selection. Entity fields are then counted by {@link CanonicalOrdinals}, only those asked for; Lucene's own counts
 * (for the year and month timelines) are made only when {@code luceneCounts} asks for them.
 */
final class SidewaysMatches extends DrillSideways {

    private final boolean luceneCounts;

    SidewaysMatches(
            IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state, boolean luceneCounts) {
        super(searcher, config, state);
        this.luceneCounts = luceneCounts;
    }

    @Override
    protected Facets buildFacetsResult(
            FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
            throws IOException {
        // The timelines' dimensions are never drilled into, so counting them over every match is right.
        return luceneCounts ? new SortedSetDocValuesFacetCounts(state, drillDowns) : null;
    }

    /** The matches a field of {@code dimension} is counted over: without its own selection when it has one. */
    static FacetsCollector matchesFor(DrillSidewaysResult result, String dimension) {
        String[] dimensions = result.drillSidewaysDims == null ? new String[0] : result.drillSidewaysDims;
        for (int i = 0; i < dimensions.length; i++) {
            if (dimensions[i].equals(dimension)) {
                return result.drillSidewaysFacetsCollector[i];
            }
        }
        return result.drillDownFacetsCollector;
    }
}
