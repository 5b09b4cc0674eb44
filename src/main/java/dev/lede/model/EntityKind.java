package dev.lede.model;

/** The kinds of named entity Lede extracts and facets on. */
public enum EntityKind {
    PERSON,
    PLACE,
    ORGANIZATION
}
