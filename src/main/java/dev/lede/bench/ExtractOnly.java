package dev.lede.bench;

import dev.lede.enrich.Extractor;
import dev.lede.model.Article;

/** An extractor alone, its result dropped: e.g. the entity recognizer, the cost every NLP mode starts from. */
record ExtractOnly(String name, Extractor extractor) implements Workload {

    @Override
    public void accept(Article article) {
        extractor.extract(article);
    }
}
