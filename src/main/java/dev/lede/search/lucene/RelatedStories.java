package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.ArticleView;
import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import dev.lede.search.RelatedStoryRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the articles most like one article: the words that set its title and body apart ({@link MoreLikeThis}), and
 * each person, place and organisation it mentions, aliases included. A rarer shared entity weighs more, like a rarer
 * shared word. Never the article's near-duplicates ({@link RelatedStoryRules}).
 */
final class RelatedStories {

    private static final Analyzer ANALYZER = Schema.analyzer();

    private final LuceneArticleSearch engine;

    RelatedStories(LuceneArticleSearch engine) {
        this.engine = engine;
    }

    /** Empty when no article has {@code id}. */
    Optional<List<RelatedArticle>> find(String id, int limit) throws IOException {
        RelatedStoryRules.checkLimit(limit);
        return engine.onSnapshot((searcher, aliases) -> {
            Term idTerm = new Term(Schema.ID, id);
            TopDocs found = searcher.search(new TermQuery(idTerm), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            ArticleView article = engine.view(searcher, doc, aliases);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(similarWords(searcher, doc), Occur.SHOULD);
            for (FacetField field : RelatedStoryRules.SHARED_FIELDS) {
                RelatedStoryRules.likeValues(article, field)
                        .forEach(value -> query.add(engine.anyOf(field, List.of(value), aliases), Occur.SHOULD));
            }
            query.add(new TermQuery(idTerm), Occur.MUST_NOT);
            Set<Integer> copies = NearDuplicates.copiesOf(searcher, doc);
            List<RelatedArticle> related = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit + copies.size()).scoreDocs) {
                if (related.size() < limit && !copies.contains(hit.doc)) {
                    related.add(RelatedStoryRules.related(article, engine.view(searcher, hit.doc, aliases)));
                }
            }
            return Optional.of(related);
        });
    }

    private static Query similarWords(IndexSearcher searcher, int doc) throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(ANALYZER);
        like.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
        like.setMinTermFreq(RelatedStoryRules.MIN_TERM_FREQ);
        like.setMinDocFreq(RelatedStoryRules.MIN_DOC_FREQ);
        like.setMaxQueryTerms(RelatedStoryRules.MAX_WORDS);
        return like.like(doc);
    }
}
