package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link AcronymsApiContract} on the embedded Lucene engine. */
class AcronymsApiOnLuceneTest extends AcronymsApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
