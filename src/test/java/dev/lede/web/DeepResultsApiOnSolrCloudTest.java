package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link DeepResultsApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). The tests overridden here
 * fail on SolrCloud today and are skipped with the reason; enable each once its gap is closed (issue 14).
 */
@ExtendWith(SolrCloudExtension.class)
class DeepResultsApiOnSolrCloudTest extends DeepResultsApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }

    @Override
    @Test
    @Disabled("SolrCloud gap: the nextCursor of page 2 or later is refused as one the server did not give")
    void aPageNumberAlsoGivesTheCursorThatContinuesAfterIt() {}
}
