package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link QuotesAsWrittenApiContract} on the embedded Lucene engine. */
class QuotesAsWrittenApiOnLuceneTest extends QuotesAsWrittenApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
