package dev.lede;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link OldNamePrefixApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). */
@ExtendWith(SolrCloudExtension.class)
class OldNamePrefixApiOnSolrCloudTest extends OldNamePrefixApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }
}
