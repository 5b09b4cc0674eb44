package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link WrittenNamesApiContract} on the embedded Lucene engine. */
class WrittenNamesApiOnLuceneTest extends WrittenNamesApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
