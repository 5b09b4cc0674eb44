package dev.lede.ingest;

import dev.lede.enrich.Extractor;
import dev.lede.index.ArticleSink;
import dev.lede.index.lucene.IndexInfo;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.ArticleWrites;
import dev.lede.model.EnrichedArticle;
import dev.lede.parse.ParseException;
import dev.lede.parse.ParseListener;
import dev.lede.parse.Parsers;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Articles added and removed one request at a time while the index is served. The sink is opened for each request
 * and closed after its commit, so that between requests {@code lede index} may take a Lucene index's write lock;
 * while it holds it, writes here are refused as busy. Enrichment runs before the sink is opened.
 */
public final class LiveIngestion implements ArticleWrites {

    /** Whether an article with this id is in the index; answered by the search side. */
    public interface IdLookup {
        boolean contains(String id) throws IOException;
    }

    /** Opens the sink one request writes to; closing it ends the request's writes. */
    public interface SinkOpener {
        ArticleSink open() throws IOException;
    }

    /** What makes a commit visible to the next search, where the engine does not do so itself. */
    public interface CommitShown {
        void show() throws IOException;
    }

    private final SinkOpener sinks;
    private final Parsers parsers;
    private final Supplier<Extractor> extractor;
    private final IdLookup lookup;
    private volatile CommitShown commitShown = () -> {};

    /**
     * @param extractor called on the first write only, since loading NLP models takes seconds
     */
    public LiveIngestion(SinkOpener sinks, Parsers parsers, Supplier<Extractor> extractor, IdLookup lookup) {
        this.sinks = sinks;
        this.parsers = parsers;
        this.extractor = new Once<>(extractor);
        this.lookup = lookup;
    }

    /** Runs {@code shown} after each commit, before the write is answered, so the next search finds it. */
    public LiveIngestion showingEachCommitBy(CommitShown shown) {
        this.commitShown = shown;
        return this;
    }

    /** Live writes into the Lucene index in {@code indexDir}. */
    public LiveIngestion(Path indexDir, Parsers parsers, Supplier<Extractor> extractor, IdLookup lookup) {
        this(() -> openLucene(indexDir), parsers, extractor, lookup);
    }

    @Override
    public Added add(String location, byte[] content) throws IOException {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Article> articles = read(location, content, errors, warnings);
        List<EnrichedArticle> enriched = new ArrayList<>(articles.size());
        for (Article article : articles.values()) {
            try {
                enriched.add(new EnrichedArticle(article, extractor.get().extract(article)));
            } catch (RuntimeException e) {
                errors.add("article " + article.id() + ": could not be enriched (" + e.getMessage() + ")");
            }
        }
        synchronized (this) {
            try (ArticleSink writer = sinks.open()) {
                for (EnrichedArticle article : enriched) {
                    writer.write(article);
                }
                writer.commit();
            }
            commitShown.show();
        }
        return new Added(enriched.stream().map(a -> a.article().id()).toList(), errors, warnings);
    }

    @Override
    public synchronized Deleted delete(List<String> ids) throws IOException {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids.stream().distinct().toList()) {
            (lookup.contains(id) ? known : unknown).add(id);
        }
        if (!known.isEmpty()) {
            try (ArticleSink writer = sinks.open()) {
                for (String id : known) {
                    writer.delete(id);
                }
                writer.commit();
            }
            commitShown.show();
        }
        return new Deleted(known, unknown);
    }

    private Map<String, Article> read(String location, byte[] content, List<String> errors, List<String> warnings)
            throws IOException {
        Map<String, Article> byId = new LinkedHashMap<>();
        try {
            parsers.read(SourceInput.of(location, content), new ParseListener() {
                @Override
                public void article(Article article) {
                    byId.remove(article.id());
                    byId.put(article.id(), article);
                }

                @Override
                public void problem(String where, String detail) {
                    errors.add(detail);
                }

                @Override
                public void warning(String where, String detail) {
                    warnings.add(detail);
                }
            });
        } catch (ParseException e) {
            throw new InvalidInputException(e.getMessage());
        }
        return byId;
    }

    private static LuceneIndexWriter openLucene(Path indexDir) throws IOException {
        try {
            return LuceneIndexWriter.open(indexDir);
        } catch (IOException e) {
            if (IndexInfo.isWriteLocked(indexDir)) {
                throw new IndexBusyException("An indexer is writing to " + indexDir.getFileName()
                        + " right now; try again when it has finished.");
            }
            throw e;
        }
    }

    /** A value made on first use, then shared. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> maker;
        private volatile T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    if (value == null) {
                        value = maker.get();
                    }
                    current = value;
                }
            }
            return current;
        }
    }
}
