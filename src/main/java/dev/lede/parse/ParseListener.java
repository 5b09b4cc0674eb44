package dev.lede.parse;

import dev.lede.model.Article;

/** Receives what a streaming read finds, as it finds it. Calls come from the reading thread, in input order. */
public interface ParseListener {

    /** One article read. May block, e.g. on a bounded queue, to hold back a fast reader. */
    void article(Article article);

    /**
     * A part of an otherwise readable input was left out (a bad line, a bad record).
     *
     * @param location the input, or the entry inside it, the problem belongs to
     */
    void problem(String location, String detail);

    /**
     * An article already handed on was kept with part of it left out (a date that is no date, a given entity that is
     * not text): the article counts as read, the note says what it lost. Ignored unless overridden.
     *
     * @param location the input, or the entry inside it, the article belongs to
     */
    default void warning(String location, String detail) {}
}
