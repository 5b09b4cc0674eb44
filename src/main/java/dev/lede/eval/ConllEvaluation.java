package dev.lede.eval;

import dev.lede.enrich.SpanTagger;
import dev.lede.enrich.SpanTagger.EntitySpan;
import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Span-level precision, recall and F1 on CoNLL-2003: each document's text goes through {@link SpanTagger} (the
 * extractor's recognizer and reconciliation), and the mentions, mapped back onto the document's tokens, are compared
 * with the gold spans. Lede's person, place and organisation kinds stand for PER, LOC and ORG.
 */
public final class ConllEvaluation {

    /** The scores and how much was scored. */
    public record Result(SpanScores scores, int documents, int tokens, int unalignedSpans, long millis) {}

    private final SpanTagger tagger;

    public ConllEvaluation(SpanTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    public Result run(List<ConllDocument> documents, int threads) {
        long started = System.nanoTime();
        SpanScores scores = new SpanScores(ConllCorpus.TYPES);
        int[] unaligned = new int[1];
        List<List<TokenSpan>> predictions = Parallel.map(documents, threads, this::predict);
        int tokens = 0;
        for (int i = 0; i < documents.size(); i++) {
            ConllDocument document = documents.get(i);
            List<TokenSpan> predicted = predictions.get(i);
            unaligned[0] += predicted.stream().filter(Objects::isNull).count();
            scores.add(
                    document.gold(), predicted.stream().filter(Objects::nonNull).toList());
            tokens += document.tokens().size();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(scores, documents.size(), tokens, unaligned[0], millis);
    }

    /** The document's predicted spans in tokens; {@code null} for a mention that does not fall on tokens. */
    List<TokenSpan> predict(ConllDocument document) {
        List<TokenSpan> spans = new ArrayList<>();
        for (EntitySpan span : tagger.tag(document.text())) {
            spans.add(document.toTokens(conllType(span.kind()), span.start(), span.end()));
        }
        return spans;
    }

    static String conllType(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "PER";
            case PLACE -> "LOC";
            case ORGANIZATION -> "ORG";
        };
    }
}
