package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link WrittenFormRankingApiContract} on the embedded Lucene engine. */
class WrittenFormRankingApiOnLuceneTest extends WrittenFormRankingApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
