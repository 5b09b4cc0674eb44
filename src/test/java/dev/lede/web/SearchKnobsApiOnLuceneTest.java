package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link SearchKnobsApiContract} on the embedded Lucene engine. */
class SearchKnobsApiOnLuceneTest extends SearchKnobsApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
