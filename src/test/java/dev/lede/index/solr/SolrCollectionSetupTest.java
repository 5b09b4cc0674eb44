package dev.lede.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.Schema;
import dev.lede.search.solr.SolrArticleSearch;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SolrCloudExtension.class)
class SolrCollectionSetupTest {

    private static SolrConnection connect(String collection) {
        return SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), collection);
    }

    @Test
    void createsTheCollectionOnceAndThenUpdatesItsConfigSet() throws Exception {
        try (SolrConnection solr = connect("setup_twice")) {
            SolrCollectionSetup setup = new SolrCollectionSetup(solr);

            assertEquals(SolrCollectionSetup.Outcome.CREATED, setup.run(2, 2, false));
            assertEquals(SolrCollectionSetup.Outcome.UPDATED, setup.run(2, 2, false));

            assertEquals(SolrConfigSet.VERSION, setup.schemaVersion());
            var status = CollectionAdminRequest.getClusterStatus()
                    .setCollectionName("setup_twice")
                    .process(solr.client());
            assertTrue(status.getResponse().toString().contains("shard2"), "two shards were asked for");
        }
    }

    @Test
    void refusesACollectionOfAnotherSchemaVersionUnlessForced() throws Exception {
        try (SolrConnection solr = connect("older_schema")) {
            OlderCollections.create(solr, "0");
            SolrCollectionSetup setup = new SolrCollectionSetup(solr);

            var refused = assertThrows(SolrCollectionSetup.SchemaMismatchException.class, () -> setup.run(1, 1, false));
            assertTrue(refused.getMessage().contains("schema version 0"), refused.getMessage());
            assertEquals("0", setup.schemaVersion(), "a refused setup changes nothing");

            assertEquals(SolrCollectionSetup.Outcome.UPDATED, setup.run(1, 1, true));
            assertEquals(SolrConfigSet.VERSION, setup.schemaVersion());
        }
    }

    @Test
    void aCollectionOfAnotherSchemaVersionIsSearchedOnlyOnceSetUpAgain(@TempDir Path stores) throws Exception {
        try (SolrConnection solr = connect("older_searched")) {
            OlderCollections.create(solr, "7");

            var refused = assertThrows(
                    SolrCollectionSetup.SchemaMismatchException.class, () -> SolrArticleSearch.open(solr, stores));
            assertTrue(refused.getMessage().contains("schema version 7"), refused.getMessage());
            assertTrue(refused.getMessage().contains("lede solr setup --force"), refused.getMessage());

            new SolrCollectionSetup(solr).run(1, 1, true);
            assertEquals(0, SolrArticleSearch.open(solr, stores).status().articles());
        }
    }

    @Test
    void solrAnalysesTextAsSchemasAnalyzerDoes() throws Exception {
        String text = "The Ministers' talks in Brussels were running late, and nobody's patience lasted.";
        try (SolrConnection solr = connect("analysis_check")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            FieldAnalysisResponse response = new FieldAnalysisRequest()
                    .addFieldName(Schema.BODY)
                    .setFieldValue(text)
                    .process(solr.client(), "analysis_check");
            AnalysisResponseBase.AnalysisPhase last = null;
            for (var phase : response.getFieldNameAnalysis(Schema.BODY).getIndexPhases()) {
                last = phase;
            }

            assertEquals(
                    luceneTokens(text),
                    last.getTokens().stream()
                            .map(AnalysisResponseBase.TokenInfo::getText)
                            .toList());
        }
    }

    private static List<String> luceneTokens(String text) throws Exception {
        List<String> tokens = new java.util.ArrayList<>();
        try (var analyzer = Schema.analyzer();
                var stream = analyzer.tokenStream(Schema.BODY, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
