package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Schema;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityAliases;
import dev.lede.search.EntityMatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase filtered by its common grams, or matched by its gram alone where that is exact, matches exactly the
 * articles the phrase alone matches.
 */
class PhraseGramsTest {

    /** Common words ("said", "would", "year", "new"), rare ones, and stop words that analysis drops. */
    private static final List<String> WORDS = List.of(
            "said", "would", "year", "new", "copper", "refinery", "strike", "harbour", "tariff", "the", "of", "and");

    @TempDir
    Path indexDir;

    @Test
    void everyPhraseMatchesTheSameArticlesWithItsGramsAsWithout() throws IOException {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (int i = 0; i < 300; i++) {
                String title = words(random, 4);
                String body = words(random, 12);
                texts.add(body);
                writer.write(new EnrichedArticle(
                        new Article("a" + i, title, body, Instant.parse("2025-01-01T00:00:00Z"), "Wire", null, null),
                        new Enrichment(List.of(), List.of(), List.of(), List.of())));
                if (i % 100 == 99) {
                    writer.commit();
                }
            }
            writer.commit();
        }
        QueryBuilder phrases = new QueryBuilder(Schema.analyzer());
        int rewritten = 0;
        int gramsAlone = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertTrue(PhraseGrams.everyArticleHasGrams(reader));
            for (int i = 0; i < 400; i++) {
                String[] body = texts.get(random.nextInt(texts.size())).split(" ");
                int length = 2 + random.nextInt(2);
                int start = random.nextInt(body.length - length + 1);
                String phrase = String.join(" ", List.of(body).subList(start, start + length));
                Query plain = titleOrBody(phrases, phrase);
                if (plain == null) {
                    continue;
                }
                Query withGrams = PhraseGrams.of(reader).scoring(plain);
                rewritten += withGrams == plain ? 0 : 1;
                int expected = searcher.count(plain);
                assertEquals(expected, searcher.count(withGrams), phrase);
                Query matching = PhraseGrams.of(reader).matching(plain);
                gramsAlone += matching instanceof TermQuery ? 1 : 0;
                assertEquals(expected, searcher.count(matching), phrase + " for matching");
            }
        }
        assertTrue(rewritten > 100, "phrases with common grams: " + rewritten);
        assertTrue(gramsAlone > 50, "two-word phrases matched by their gram alone: " + gramsAlone);
    }

    @Test
    void eachSnapshotIsAskedAboutItsOwnGramsWhenSearchesAlternateBetweenTwo(@TempDir Path other) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("a1", "Refinery", "the refinery said it would reopen", null, "Wire", null, null),
                    new Enrichment(List.of(), List.of(), List.of(), List.of())));
            writer.commit();
        }
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig(Schema.analyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(Schema.BODY, "the refinery said it would reopen", Field.Store.NO));
            writer.addDocument(doc);
        }
        Query phrase = new QueryBuilder(Schema.analyzer()).createPhraseQuery(Schema.BODY, "refinery said");
        try (DirectoryReader withGrams = DirectoryReader.open(FSDirectory.open(indexDir));
                DirectoryReader without = DirectoryReader.open(FSDirectory.open(other))) {
            for (int round = 0; round < 3; round++) {
                assertNotSame(phrase, PhraseGrams.of(withGrams).scoring(phrase), "round " + round);
                assertSame(phrase, PhraseGrams.of(without).scoring(phrase), "round " + round);
            }
        }
    }

    @Test
    void anIndexWhoseArticlesLackGramsIsSearchedWithoutThem() throws IOException {
        try (IndexWriter writer =
                new IndexWriter(FSDirectory.open(indexDir), new IndexWriterConfig(Schema.analyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(Schema.BODY, "the refinery said it would reopen", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            assertFalse(PhraseGrams.everyArticleHasGrams(reader));
            Query phrase = new QueryBuilder(Schema.analyzer()).createPhraseQuery(Schema.BODY, "refinery said");
            assertSame(phrase, PhraseGrams.of(reader).scoring(phrase));
            assertEquals(1, new IndexSearcher(reader).count(phrase));
        }
    }

    @Test
    void aPhraseWithoutACommonWordOrWithSlopIsLeftAlone() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        QueryBuilder phrases = new QueryBuilder(Schema.analyzer());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            Query rare = phrases.createPhraseQuery(Schema.BODY, "copper refinery");
            assertSame(rare, PhraseGrams.of(reader).scoring(rare));
            Query loose = phrases.createPhraseQuery(Schema.BODY, "refinery said", 2);
            assertSame(loose, PhraseGrams.of(reader).scoring(loose));
            Query tight = phrases.createPhraseQuery(Schema.BODY, "refinery said");
            assertNotSame(tight, PhraseGrams.of(reader).scoring(tight));
        }
    }

    @Test
    void theKeywordParsersOwnPhraseIsCountedByItsGramAlone() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        KeywordQueryParser parser = new KeywordQueryParser(Schema.analyzer(), true);
        EntityQueries noEntities = new EntityQueries(
                new EntityMatcher(field -> List.of(), EntityAliases.NONE),
                new FilterQueryBuilder(Schema.facetsConfig()));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            Query typed = parser.parse("\"Refinery said\"", noEntities).query();
            assertEquals(
                    new TermQuery(new Term(Schema.COMMON_GRAMS, "refineri said")),
                    PhraseGrams.of(reader).matching(typed));
            Query threeWords =
                    parser.parse("\"copper refinery said\"", noEntities).query();
            assertFalse(PhraseGrams.of(reader).matching(threeWords) instanceof TermQuery, "not exact for three words");
        }
    }

    @Test
    void onePhraseAskedTwiceOfOneFieldIsCountedAsAsked() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        QueryBuilder phrases = new QueryBuilder(Schema.analyzer());
        Query twice = new BooleanQuery.Builder()
                .add(phrases.createPhraseQuery(Schema.TITLE, "refinery said"), Occur.SHOULD)
                .add(phrases.createPhraseQuery(Schema.TITLE, "refinery said"), Occur.SHOULD)
                .build();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            assertFalse(PhraseGrams.of(reader).matching(twice) instanceof TermQuery, "the gram is of title and body");
        }
    }

    /** The phrase over title (boosted) and body, as the keyword parser builds it; {@code null} if only stop words. */
    private static Query titleOrBody(QueryBuilder phrases, String phrase) {
        Query title = phrases.createPhraseQuery(Schema.TITLE, phrase);
        Query body = phrases.createPhraseQuery(Schema.BODY, phrase);
        if (title == null || body == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, 2f), Occur.SHOULD)
                .add(body, Occur.SHOULD)
                .build();
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }
}
