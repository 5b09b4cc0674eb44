/**
 * Turns raw {@link dev.lede.source.SourceDocument}s into {@link dev.lede.model.Article}s: one
 * {@link dev.lede.parse.ArticleParser} per format, chosen by file extension through {@link dev.lede.parse.Parsers}.
 *
 * <p>A file that cannot be read at all throws a {@link dev.lede.parse.ParseException} of a typed
 * {@link dev.lede.parse.ParseException.Kind}; parts skipped inside a readable file are reported as
 * {@link dev.lede.parse.ParseResult#problems()}. Depends on the model, Jackson and jsoup only.
 */
package dev.lede.parse;
