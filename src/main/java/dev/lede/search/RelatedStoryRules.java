package dev.lede.search;

import dev.lede.model.ArticleView;
import dev.lede.model.FacetField;
import dev.lede.model.RelatedArticle;
import java.util.List;

/**
 * The engine-neutral rules of related stories, for every engine: how many may be asked for, what the likeness is made
 * of (the words that set the title and body apart, and each person, place and organisation mentioned, aliases
 * included), and what a related article shows. Neither the article itself nor its near-duplicates (by the rule of
 * {@code /duplicates}) are related stories: a reader asking for related stories wants other stories, not copies of the
 * same one; each engine asks for as many more matches as the article has copies, so the list still fills the limit.
 */
public final class RelatedStoryRules {

    public static final int MAX_LIMIT = 20;
    /** The entity fields a related story may share with the article. */
    public static final List<FacetField> SHARED_FIELDS = List.of(FacetField.PERSON, FacetField.PLACE, FacetField.ORG);
    /** Enough to describe a story; keeps the query far below the engines' clause limits. */
    public static final int MAX_WORDS = 30;

    public static final int MAX_ENTITIES_PER_FIELD = 50;
    /** Short news texts name a topic once. */
    public static final int MIN_TERM_FREQ = 1;
    /** A word no other article has cannot find anything. */
    public static final int MIN_DOC_FREQ = 2;

    private RelatedStoryRules() {}

    /** @throws InvalidSearchException naming {@code limit} when it is outside 1 to {@value #MAX_LIMIT} */
    public static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The values of {@code field} whose matches make an article more alike: at most {@value #MAX_ENTITIES_PER_FIELD}. */
    public static List<String> likeValues(ArticleView article, FacetField field) {
        List<String> values = switch (field) {
            case PERSON -> article.people();
            case PLACE -> article.places();
            case ORG -> article.orgs();
            case COUNTRY -> article.countries();
            case REGION -> article.regions();
            case SOURCE -> article.source() == null ? List.of() : List.of(article.source());
        };
        return values.stream().limit(MAX_ENTITIES_PER_FIELD).toList();
    }

    /** {@code other} as a story related to {@code article}, with what both mention (both as curation shows them). */
    public static RelatedArticle related(ArticleView article, ArticleView other) {
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
}
