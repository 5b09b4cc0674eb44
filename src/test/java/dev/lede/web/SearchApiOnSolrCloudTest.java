package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SearchApiContract} on SolrCloud (the sample collection, 2 shards × 2 replicas). The tests overridden here
 * fail on SolrCloud today and are skipped with the reason; enable each once its gap is closed (issue 14).
 */
@ExtendWith(SolrCloudExtension.class)
class SearchApiOnSolrCloudTest extends SearchApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }

    @Override
    @Test
    @Disabled("SolrCloud gap: person:<surname> in q matches only the exact value, not the surname of a full name")
    void theQueryLanguageFindsAPersonBySurnameAndCombinesItWithWords() {}
}
