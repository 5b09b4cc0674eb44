package dev.lede.eval;

import dev.lede.enrich.Extractor;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed article ({@code corpora/seed-article.txt}): its places should include Kyiv and Kursk, which CoreNLP alone
 * misses, and its people should be real people only (judged by a reader from the list).
 */
public final class SeedArticleCheck {

    public static final List<String> EXPECTED_PLACES = List.of("Kyiv", "Kursk");

    public record Result(List<String> people, List<String> places, List<String> countries, List<String> missingPlaces) {
        public boolean placesFound() {
            return missingPlaces.isEmpty();
        }
    }

    private SeedArticleCheck() {}

    /** The article as the text reader sees it: the first line is the headline, the rest the body. */
    public static Article read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int titleEnd = text.indexOf('\n');
            String title = titleEnd < 0 ? text : text.substring(0, titleEnd).strip();
            String body = titleEnd < 0 ? "" : text.substring(titleEnd + 1).strip();
            return new Article("seed-article", title, body, null, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Result run(Extractor extractor, Article article) {
        Enrichment enrichment = extractor.extract(article);
        List<String> missing = EXPECTED_PLACES.stream()
                .filter(place -> !enrichment.places().contains(place))
                .toList();
        return new Result(enrichment.people(), enrichment.places(), enrichment.countries(), missing);
    }
}
