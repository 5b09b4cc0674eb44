package dev.lede.enrich;

import dev.lede.model.Article;
import dev.lede.model.Enrichment;

/** Finds people, places, organisations and mentioned dates in an article. */
@FunctionalInterface
public interface Extractor {

    /**
     * Extracts what the article names. A pure function of the article: implementations hold no per-call state and
     * may be called from several threads at once.
     */
    Enrichment extract(Article article);
}
