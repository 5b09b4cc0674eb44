package dev.lede.cli;

import dev.lede.eval.RankingEngine;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.Hit;
import dev.lede.model.SearchRequest;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lede's own keyword ranking for {@code lede evaluate}: the articles written without entities into a Lucene index in
 * a folder of its own, searched page by page as {@code /api/search} answers, and the folder deleted when done.
 */
final class LuceneRanking implements RankingEngine {

    @Override
    public Ranking index(List<Article> articles) throws IOException {
        Path folder = Files.createTempDirectory("lede-ranking-");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(folder)) {
            for (Article article : articles) {
                writer.write(new EnrichedArticle(article, Enrichment.NONE));
            }
            writer.commit();
        }
        LuceneArticleSearch search = LuceneArticleSearch.open(folder);
        return new Ranking() {
            @Override
            public List<String> ranked(String keywords, int depth) throws IOException {
                List<String> ids = new ArrayList<>();
                for (int page = 1; ids.size() < depth; page++) {
                    List<Hit> hits = search.search(SearchRequest.builder()
                                    .query(keywords)
                                    .page(page)
                                    .size(SearchRequest.MAX_SIZE)
                                    .highlight(false)
                                    .counting(Set.of(), Set.of())
                                    .build())
                            .hits();
                    hits.stream().limit(depth - ids.size()).forEach(hit -> ids.add(hit.id()));
                    if (hits.size() < SearchRequest.MAX_SIZE) {
                        break;
                    }
                }
                return ids;
            }

            @Override
            public void close() throws IOException {
                search.close();
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        };
    }
}
