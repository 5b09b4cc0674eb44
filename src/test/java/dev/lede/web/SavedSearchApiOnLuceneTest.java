package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link SavedSearchApiContract} on the embedded Lucene engine. */
class SavedSearchApiOnLuceneTest extends SavedSearchApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
