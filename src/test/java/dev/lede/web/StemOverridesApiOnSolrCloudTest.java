package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link StemOverridesApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). */
@ExtendWith(SolrCloudExtension.class)
class StemOverridesApiOnSolrCloudTest extends StemOverridesApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }
}
