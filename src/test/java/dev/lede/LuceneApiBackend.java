package dev.lede;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.EnrichedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Contract tests on the embedded Lucene engine: an index folder of their own, or {@link SampleIndex}. */
public final class LuceneApiBackend implements ApiBackend {

    public static final LuceneApiBackend INSTANCE = new LuceneApiBackend();

    private LuceneApiBackend() {}

    @Override
    public Indexed index(String name, List<EnrichedArticle> articles) throws IOException {
        Path dir = ScratchDirs.create("lede-contract-" + name);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(dir)) {
            for (EnrichedArticle article : articles) {
                writer.write(article);
            }
            writer.commit();
        }
        return new Folder(dir);
    }

    @Override
    public Indexed sample() {
        return new Folder(SampleIndex.get().indexDir);
    }

    private record Folder(Path sideFiles) implements Indexed {
        @Override
        public TestServer serve() throws IOException {
            return new TestServer(sideFiles);
        }
    }
}
