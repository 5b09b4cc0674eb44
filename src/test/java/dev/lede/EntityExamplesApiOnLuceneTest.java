package dev.lede;

/** {@link EntityExamplesApiContract} on the embedded Lucene engine. */
class EntityExamplesApiOnLuceneTest extends EntityExamplesApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
