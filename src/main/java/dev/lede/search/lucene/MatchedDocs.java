package dev.lede.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The documents a search already found (its facet collector's matches), as a filter: searching them again for scores
 * then starts from those few documents, with their exact count as the cost, rather than from the keywords.
 */
final class MatchedDocs extends Query {

    private final Map<Integer, FacetsCollector.MatchingDocs> byLeaf = new HashMap<>();

    MatchedDocs(FacetsCollector matches) {
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            byLeaf.put(docs.context().ord, docs);
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
                FacetsCollector.MatchingDocs docs = byLeaf.get(leaf.ord);
                DocIdSetIterator matched = docs == null || docs.totalHits() == 0
                        ? null
                        : docs.bits().iterator();
                if (matched == null) {
                    return null;
                }
                var scorer = new ConstantScoreScorer(score(), scoreMode, matched);
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchedDocs";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
