package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link RegionFacetApiContract} on the embedded Lucene engine. */
class RegionFacetApiOnLuceneTest extends RegionFacetApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
