package dev.lede.model;

/**
 * Why an indexed value shows under another name, as an entity profile lists it.
 *
 * @param value the indexed value merged in
 * @param reason the explanation, starting "merged because"
 */
public record MergeReason(String value, String reason) {}
