package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.Schema;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.search.SearchPages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index an older Lede wrote is searched as it was then, until its articles are indexed again: one written before
 * schema 8 kept no words as written, so a quoted word finds every form of its stem there; one written before schema 10
 * kept an acronym in capitals as its word only, so a search typed in capitals finds the word there too; one written
 * before schema 11 kept every word by Porter's stem ("news" as "new").
 */
class OlderSchemaQueriesTest {

    @TempDir
    Path indexDir;

    @Test
    void aQuotedWordFindsEveryFormOfItsStemOnAnIndexWithoutWrittenForms() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(story("cargo", "The ship carried goods."));
            writer.write(story("week", "The crew had a good week."));
            writer.commit();
        }
        assertEquals(Set.of("cargo"), found("\"goods\""));
        labelSchema("8");
        assertEquals(Set.of("cargo"), found("\"goods\""));
        labelSchema("7");
        assertEquals(Set.of("cargo", "week"), found("\"goods\""), "no written forms to ask");
    }

    @Test
    void anAcronymInCapitalsFindsTheWordOnAnIndexOfAnOlderSchemaOnly() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(story("capitals", "The US fleet sailed."));
            writer.write(story("word", "The crew thanked us."));
            writer.commit();
        }
        assertEquals(Set.of("capitals"), found("US"));
        labelSchema("9");
        assertEquals(Set.of("capitals", "word"), found("US"));
        assertEquals(Set.of("capitals", "word"), found("us"));
    }

    @Test
    void aWordIsSearchedByPortersStemAloneOnAnIndexOfAnOlderSchema() throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(story("desk", "The news desk sailed."));
            writer.write(story("bridge", "The new bridge opened."));
            writer.commit();
        }
        assertEquals(Set.of("desk"), found("news"));
        labelSchema("10");
        assertEquals(Set.of("bridge"), found("news"), "read as new, which this index keeps for news");
        assertEquals(Set.of("bridge"), found("new"));
    }

    private Set<String> found(String query) throws IOException {
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            return SearchPages.ids(
                    search.search(SearchRequest.builder().query(query).build()));
        }
    }

    /** The index as an older Lede would have labelled its last commit. */
    private void labelSchema(String version) throws IOException {
        try (Directory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(
                    Map.of(Schema.COMMIT_SCHEMA_VERSION, version).entrySet());
            writer.commit();
        }
    }

    private static EnrichedArticle story(String id, String body) {
        return new EnrichedArticle(
                new Article(id, "Harbour log", body, Instant.parse("2025-03-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
