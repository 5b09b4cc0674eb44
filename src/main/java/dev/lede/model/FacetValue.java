package dev.lede.model;

/** One value of a facet field and the number of matching articles that have it. */
public record FacetValue(String value, long count) {}
