package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.OlderCollections;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Did you mean" on a collection set up before the configset had its dictionary of the words as written: corrections
 * by stems alone and no error, until {@code lede solr setup} uploads the configset again, with no re-indexing.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrOlderSpellingTest {

    @Test
    void aCollectionWithoutTheWrittenWordsDictionaryCorrectsByStemsUntilSetUpAgain() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "older_spelling")) {
            OlderCollections.createBeforeWrittenWordsDictionary(solr);
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("d1", "The drought hit the farms of the valley."));
                sink.write(article("d2", "The injection was given at the clinic."));
                sink.commit();
            }
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-older-spelling"));

            assertEquals(Optional.of("drought"), search.spellingSuggestion("drougth"), "by its stem");
            assertEquals(
                    Optional.empty(),
                    search.spellingSuggestion("injkction"),
                    "its stem, inject, is four edits from the slip; the words as written are not asked");

            new SolrCollectionSetup(solr).run(1, 1, false);

            assertEquals(Optional.of("injection"), search.spellingSuggestion("injkction"), "no re-indexing needed");
        }
    }

    private static EnrichedArticle article(String id, String body) {
        return new EnrichedArticle(new Article(id, "Story " + id, body, null, null, null, null), Enrichment.NONE);
    }
}
