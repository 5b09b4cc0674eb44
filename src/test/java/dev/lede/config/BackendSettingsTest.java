package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendSettingsTest {

    @Test
    void luceneIsTheDefault() {
        BackendSettings settings = BackendSettings.fromEnvironment(Map.of());

        assertEquals(Backend.LUCENE, settings.backend());
        assertEquals("lede", settings.collection());
    }

    @Test
    void theEnvironmentChoosesSolrCloudAndFlagsOverrideIt() {
        BackendSettings fromEnvironment = BackendSettings.fromEnvironment(Map.of(
                "LEDE_BACKEND", "SolrCloud",
                "LEDE_SOLR_URL", "http://a:8983/solr, http://b:8983/solr",
                "LEDE_SOLR_COLLECTION", "news"));

        assertTrue(fromEnvironment.isSolrCloud());
        assertEquals(List.of("http://a:8983/solr", "http://b:8983/solr"), fromEnvironment.solrUrls());
        BackendSettings flagged = fromEnvironment.with(null, "zk1:2181/solr", null, "archive");
        assertEquals("zk1:2181/solr", flagged.zkHost());
        assertEquals("archive", flagged.collection());
        assertEquals(fromEnvironment.solrUrls(), flagged.solrUrls());
    }

    @Test
    void solrCloudWithoutAnAddressSaysWhatIsMissing() {
        BackendSettings settings = BackendSettings.defaults().with(Backend.SOLRCLOUD, null, null, null);

        var missing = assertThrows(IllegalArgumentException.class, settings::requireSolrAddress);
        assertTrue(missing.getMessage().contains("--solr-zk"), missing.getMessage());
    }

    @Test
    void anUnknownBackendIsNamedInTheError() {
        var wrong = assertThrows(
                IllegalArgumentException.class,
                () -> BackendSettings.fromEnvironment(Map.of("LEDE_BACKEND", "elastic")));
        assertTrue(
                wrong.getCause().getMessage().contains("lucene or solrcloud"),
                wrong.getCause().getMessage());
    }
}
