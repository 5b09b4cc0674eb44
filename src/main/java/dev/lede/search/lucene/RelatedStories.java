package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.ArticleView;
import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import dev.lede.search.InvalidSearchException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * shared word.
 */
final class RelatedStories {

    static final int MAX_LIMIT = 20;

    private static final Analyzer ANALYZER = Schema.analyzer();
    private static final List<FacetField> SHARED_FIELDS = List.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);
    /** Enough to describe a story; keeps the query far below Lucene's clause limit. */
    private static final int MAX_WORDS = 30;

    private static final int MAX_ENTITIES_PER_FIELD = 50;

    private final LuceneArticleSearch engine;

    RelatedStories(LuceneArticleSearch engine) {
        this.engine = engine;
    }

    /** Empty when no article has {@code id}. */
    Optional<List<RelatedArticle>> find(String id, int limit) throws IOException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return engine.onSnapshot((searcher, aliases) -> {
            Term idTerm = new Term(Schema.ID, id);
            TopDocs found = searcher.search(new TermQuery(idTerm), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            ArticleView article = engine.view(searcher, doc, aliases);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(similarWords(searcher, doc), Occur.SHOULD);
            for (FacetField field : SHARED_FIELDS) {
                values(article, field).stream()
                        .limit(MAX_ENTITIES_PER_FIELD)
                        .forEach(value -> query.add(engine.anyOf(field, List.of(value), aliases), Occur.SHOULD));
            }
            query.add(new TermQuery(idTerm), Occur.MUST_NOT);
            List<RelatedArticle> related = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                related.add(related(article, engine.view(searcher, hit.doc, aliases)));
            }
            return Optional.of(related);
        });
    }

    private static Query similarWords(IndexSearcher searcher, int doc) throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(ANALYZER);
        like.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
        // Short news texts name a topic once; a word no other article has cannot find anything.
        like.setMinTermFreq(1);
        like.setMinDocFreq(2);
        like.setMaxQueryTerms(MAX_WORDS);
        return like.like(doc);
    }

    private static RelatedArticle related(ArticleView article, ArticleView other) {
        return new RelatedArticle(
                other.id(),
                other.title(),
                other.published(),
                other.source(),
                other.url(),
                shared(article.people(), other.people()),
                shared(article.places(), other.places()),
                shared(article.orgs(), other.orgs()));
    }

    private static List<String> shared(List<String> values, List<String> others) {
        return values.stream().filter(others::contains).toList();
    }

    private static List<String> values(ArticleView article, FacetField field) {
        return switch (field) {
            case PERSON -> article.people();
            case PLACE -> article.places();
            case ORG -> article.orgs();
            case COUNTRY -> article.countries();
            case SOURCE -> article.source() == null ? List.of() : List.of(article.source());
        };
    }
}
