package dev.lede.model;

/** An article together with the entities and dates extracted from it: the unit the index stores. */
public record EnrichedArticle(Article article, Enrichment enrichment) {}
