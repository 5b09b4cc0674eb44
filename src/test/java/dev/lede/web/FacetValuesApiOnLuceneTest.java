package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link FacetValuesApiContract} on the embedded Lucene engine. */
class FacetValuesApiOnLuceneTest extends FacetValuesApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
