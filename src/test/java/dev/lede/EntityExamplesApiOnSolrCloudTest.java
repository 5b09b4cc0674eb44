package dev.lede;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link EntityExamplesApiContract} on SolrCloud (2 shards × 2 replicas on the test cluster). The tests overridden
 * here fail on SolrCloud today and are skipped with the reason; enable each once its gap is closed (issue 14).
 */
@ExtendWith(SolrCloudExtension.class)
class EntityExamplesApiOnSolrCloudTest extends EntityExamplesApiContract {

    @Override
    protected ApiBackend backend() {
        return SolrCloudApiBackend.INSTANCE;
    }

    @Override
    @Test
    @Disabled("SolrCloud gap: person: and place: in q match only the exact value, not another spelling or an old name"
            + " (the same names work as filters)")
    void theQueryLanguageFindsAPersonsOtherSpellingAndAPlacesOldName() {}
}
