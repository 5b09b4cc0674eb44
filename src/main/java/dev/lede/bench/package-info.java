/**
 * {@code lede bench ingest}: measures indexing throughput on the same texts and threads for each NLP mode, the
 * entity recognizer alone and a plain Lucene indexing loop, so that ratios between them hold on a busy machine.
 */
package dev.lede.bench;
