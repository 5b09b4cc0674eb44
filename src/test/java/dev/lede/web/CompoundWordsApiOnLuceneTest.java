package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link CompoundWordsApiContract} on the embedded Lucene engine. */
class CompoundWordsApiOnLuceneTest extends CompoundWordsApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
