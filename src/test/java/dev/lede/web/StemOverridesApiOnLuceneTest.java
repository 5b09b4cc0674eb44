package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link StemOverridesApiContract} on the embedded Lucene engine. */
class StemOverridesApiOnLuceneTest extends StemOverridesApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
