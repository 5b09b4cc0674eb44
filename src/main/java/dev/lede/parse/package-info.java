/**
 * Turns raw {@link dev.lede.source.SourceDocument}s into {@link dev.lede.model.Article}s: one
 * {@link dev.lede.parse.ArticleParser} per format, chosen by file extension through {@link dev.lede.parse.Parsers}.
 *
 * <p>A file that cannot be read at all throws a {@link dev.lede.parse.ParseException} of a typed
 * {@link dev.lede.parse.ParseException.Kind}; parts skipped inside a readable file are reported as
 * {@link dev.lede.parse.ParseResult#problems()}. A {@link dev.lede.parse.StreamingParser} hands articles on as it reads,
 * so that inputs of any size (JSON Lines, web crawls, mailboxes, gzip and zip containers) are read in bounded memory.
 * Depends on the model and source; Jackson, jsoup, ROME, jwarc and Apache Tika do the format work.
 */
package dev.lede.parse;
