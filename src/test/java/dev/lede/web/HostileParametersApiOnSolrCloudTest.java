package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link HostileParametersApiContract} on SolrCloud (the sample collection). */
@ExtendWith(SolrCloudExtension.class)
class HostileParametersApiOnSolrCloudTest extends HostileParametersApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }
}
