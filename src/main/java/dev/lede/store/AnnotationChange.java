package dev.lede.store;

/**
 * One write to the annotations, remembered so it can be undone.
 *
 * @param articleId the article whose annotation changed
 * @param before its annotation before the change, or {@code null} when it had none
 */
public record AnnotationChange(String articleId, Annotation before) {}
