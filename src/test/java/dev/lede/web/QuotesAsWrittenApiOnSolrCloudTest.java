package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link QuotesAsWrittenApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). */
@ExtendWith(SolrCloudExtension.class)
class QuotesAsWrittenApiOnSolrCloudTest extends QuotesAsWrittenApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }
}
