package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link EntityProfilesApiContract} on the embedded Lucene engine. */
class EntityProfilesApiOnLuceneTest extends EntityProfilesApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
