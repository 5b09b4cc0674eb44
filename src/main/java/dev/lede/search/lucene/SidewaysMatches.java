package dev.lede.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;

/**
 * {@link DrillSideways} that leaves the counting to its caller rather than counting every dimension: its result
 * keeps the matches of the whole query and, per drill-down dimension, those of the query without that dimension's
 * selection. The fields and timelines asked for are then counted by {@link CanonicalOrdinals}.
 *
 * <p>Each of those match sets is found by a query of its own, one after the other in the searching thread: the whole
 * query, and per dimension the query with the other dimensions' selections. Lucene's alternative, one pass that
 * scores every match of the keywords and sorts out the near misses, scores a phrase of frequent words in every
 * article that has it whatever the filters, which made filtered phrase searches at a million articles several times
 * slower than the separate queries, each narrowed by the other filters (BENCHMARKS.md, "At 1M, fourth session").
 */
final class SidewaysMatches extends DrillSideways {

    SidewaysMatches(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
        // Given an executor, Lucene finds each set of matches by a query of its own; this one runs them in turn.
        super(searcher, config, null, state, HelpingExecutor.CALLER_ONLY);
    }

    @Override
    protected Facets buildFacetsResult(
            FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims) {
        return null;
    }

    /** {@link #search(DrillDownQuery, CollectorManager)} with the failures of its parts thrown as they were. */
    <R> ConcurrentDrillSidewaysResult<R> matches(DrillDownQuery query, CollectorManager<?, R> hits) throws IOException {
        try {
            return search(query, hits);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ExecutionException failed) {
                throw unwrapped(failed.getCause());
            }
            throw e;
        }
    }

    private static RuntimeException unwrapped(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
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
