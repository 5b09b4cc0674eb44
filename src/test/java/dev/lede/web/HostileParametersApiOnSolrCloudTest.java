package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.SolrCloudApiBackend;
import dev.lede.SolrCloudExtension;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link HostileParametersApiContract} on SolrCloud (the sample collection). The test overridden here fails on
 * SolrCloud today and is skipped with the reason; enable it once its gap is closed (issue 14).
 */
@ExtendWith(SolrCloudExtension.class)
class HostileParametersApiOnSolrCloudTest extends HostileParametersApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }

    @Override
    @Test
    @Disabled("SolrCloud gap: regular expressions, open ranges and leading wildcards in q are run, not refused with"
            + " a 400 naming q (Lede's checks live in the Lucene query parser)")
    void anExpensiveQueryIsRefusedQuicklyNamingQ(String query) {}
}
