package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.ApiBackend;
import dev.lede.LuceneApiBackend;
import dev.lede.SampleIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SearchApiContract} on the embedded Lucene engine. */
class SearchApiOnLuceneTest extends SearchApiContract {

    @Override
    protected ApiBackend backend() {
        return LuceneApiBackend.INSTANCE;
    }

    /** Lucene only: the ingester's report is kept by {@link SampleIndex}; SolrCloud's sample goes through the CLI. */
    @Test
    void noSampleFileIsSkipped() {
        assertEquals(List.of(), SampleIndex.get().report.skipped());
    }
}
