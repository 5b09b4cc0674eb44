package dev.lede;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link EntityExamplesApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). */
@ExtendWith(SolrCloudExtension.class)
class EntityExamplesApiOnSolrCloudTest extends EntityExamplesApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }
}
