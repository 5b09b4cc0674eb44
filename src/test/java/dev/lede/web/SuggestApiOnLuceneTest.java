package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link SuggestApiContract} on the embedded Lucene engine. */
class SuggestApiOnLuceneTest extends SuggestApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
