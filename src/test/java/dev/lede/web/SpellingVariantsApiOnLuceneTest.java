package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link SpellingVariantsApiContract} on the embedded Lucene engine. */
class SpellingVariantsApiOnLuceneTest extends SpellingVariantsApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
