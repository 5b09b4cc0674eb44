package dev.lede.eval;

/**
 * An entity as a run of tokens within one document: the unit CoNLL-2003 scores.
 *
 * @param type {@code PER}, {@code LOC} or {@code ORG}
 * @param start index of the first token
 * @param end index after the last token
 */
public record TokenSpan(String type, int start, int end) {}
