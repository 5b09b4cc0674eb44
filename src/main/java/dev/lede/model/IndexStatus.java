package dev.lede.model;

import java.time.Instant;

/**
 * What an operator asks of the index being searched: how many articles, which commit ({@code generation} grows by
 * one per commit), its size on disk, and when the searcher last picked up a new commit.
 */
public record IndexStatus(long articles, long generation, long sizeBytes, Instant refreshedAt) {}
