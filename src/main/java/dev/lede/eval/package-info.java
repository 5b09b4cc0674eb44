/**
 * Measured extraction quality: {@code lede evaluate}. Scores Lede's own extraction path against public corpora —
 * CoNLL-2003 spans ({@link dev.lede.eval.ConllEvaluation}), Reuters-21578's human people and place tags
 * ({@link dev.lede.eval.ReutersEvaluation}), the seed article ({@link dev.lede.eval.SeedArticleCheck}) — and compares
 * the results with the floors the project promises ({@link dev.lede.eval.Floors}).
 *
 * <p>May use model, config and enrich; reads the corpora and the gazetteer from the shared folder itself.
 */
package dev.lede.eval;
