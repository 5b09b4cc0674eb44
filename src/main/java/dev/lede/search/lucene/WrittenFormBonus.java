package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.index.WordForms;
import dev.lede.model.SearchRequest;
import dev.lede.search.QuerySyntax;
import dev.lede.search.SearchRules;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Ranks the stories that hold a typed word exactly as written above those that share only its stem: a constant
 * {@link SearchRules#WRITTEN_FORM_BONUS} for each such word a story holds ({@link Schema#WRITTEN_FORMS}). It adds to
 * the score and matches nothing itself; a search in date order goes without it. A word's other spelling
 * ({@link WordForms#otherSpellings}) counts as the word.
 */
final class WrittenFormBonus {

    private WrittenFormBonus() {}

    static Query apply(Query keywords, SearchRequest request) {
        if (!SearchRules.ranksByScore(request)) {
            return keywords;
        }
        List<String> forms = WordForms.changedByStemming(QuerySyntax.wordsAsTyped(request.query()));
        if (forms.isEmpty()) {
            return keywords;
        }
        BooleanQuery.Builder withBonus = new BooleanQuery.Builder().add(keywords, Occur.MUST);
        for (String form : forms) {
            Query holdsForm = new ConstantScoreQuery(anySpelling(form));
            withBonus.add(new BoostQuery(holdsForm, SearchRules.WRITTEN_FORM_BONUS), Occur.SHOULD);
        }
        return withBonus.build();
    }

    /** The form as typed or in another spelling of it: "travelled" and "traveled" earn the same bonus. */
    private static Query anySpelling(String form) {
        BooleanQuery.Builder spellings = new BooleanQuery.Builder();
        spellings.add(new TermQuery(new Term(Schema.WRITTEN_FORMS, form)), Occur.SHOULD);
        WordForms.otherSpellings(form)
                .forEach(spelling ->
                        spellings.add(new TermQuery(new Term(Schema.WRITTEN_FORMS, spelling)), Occur.SHOULD));
        return spellings.build();
    }
}
