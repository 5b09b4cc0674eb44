package dev.lede.web;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;

/** {@link SpreadsheetExportApiContract} on the embedded Lucene engine. */
class SpreadsheetExportApiOnLuceneTest extends SpreadsheetExportApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }
}
