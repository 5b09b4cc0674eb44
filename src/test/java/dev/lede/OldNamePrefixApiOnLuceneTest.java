package dev.lede;

/** {@link OldNamePrefixApiContract} on the embedded Lucene engine. */
class OldNamePrefixApiOnLuceneTest extends OldNamePrefixApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
