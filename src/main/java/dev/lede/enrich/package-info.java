/**
 * Entity and date extraction: turns an {@link dev.lede.model.Article} into an {@link dev.lede.model.Enrichment}.
 *
 * <p>Callers see only {@link dev.lede.enrich.Extractor} and {@link dev.lede.enrich.Extractors}; Stanford CoreNLP
 * stays inside this package. Extraction is a pure function of the article and every extractor is safe to share
 * between threads. Models are loaded when an extractor is built, once per extractor, never into global state.
 *
 * <p>Name clean-up ({@link dev.lede.enrich.PersonNames}, {@link dev.lede.enrich.PlaceAndOrganizationNames}) and
 * timex filtering ({@link dev.lede.enrich.TimexValues}) are plain logic without models, so they can be tested
 * quickly on their own.
 */
package dev.lede.enrich;
