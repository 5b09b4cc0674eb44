package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link DeepResultsApiContract} on the embedded Lucene engine. */
class DeepResultsApiOnLuceneTest extends DeepResultsApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
