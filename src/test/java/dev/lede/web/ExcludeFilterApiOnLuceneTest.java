package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link ExcludeFilterApiContract} on the embedded Lucene engine. */
class ExcludeFilterApiOnLuceneTest extends ExcludeFilterApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
