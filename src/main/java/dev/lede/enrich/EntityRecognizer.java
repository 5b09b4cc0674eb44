package dev.lede.enrich;

import dev.lede.model.EntityKind;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds person, location and organisation spans with CoreNLP's 3-class CRF, called directly rather than through a
 * full pipeline: the CRF does its own tokenization and is about as accurate, at a fraction of the cost.
 */
final class EntityRecognizer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;
    private final DocumentReaderAndWriter<CoreLabel> plainText;

    /** Loads the model from the CoreNLP models jar; takes a few seconds. */
    EntityRecognizer() {
        HugeMethods.warnIfInterpreted();
        try {
            classifier = ModelLoader.classifier(MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        }
        plainText = classifier.plainTextReaderAndWriter();
    }

    /**
     * Mentions in text order, leaving out the sentences that name nothing and the words far from any capital
     * ({@link NamelessSentences}) and the spans of what something is not ("non-OPEC", {@link NegatedNames}), with a
     * person's name split at its hyphen made whole ({@link HyphenatedNames}), a place's name cut at its possessive
     * too ({@link PossessiveNames}), a firm's legal form given back to it ({@link LegalFormTails}), a firm labelled
     * with the unit it owns split in two ({@link OwnedFirms}) and the spans run across a bracket, a quote, a ticker or
     * a dash mended ({@link BracketedSpans}); the name a wire writes in angle brackets read as one organisation
     * ({@link WireBrackets}). Safe to call from several threads: the classifier keeps no
     * per-call state.
     */
    List<EntityMention> find(String text) {
        return find(text, UnaryOperator.identity(), true);
    }

    /** As {@link #find(String)}, each passage read as {@code reading} writes it (same length, same offsets). */
    List<EntityMention> find(String text, UnaryOperator<String> reading) {
        return find(text, reading, true);
    }

    /** The words the model saw written in lower case. */
    Set<String> wordsKnownInLowerCase() {
        return classifier.getKnownLCWords();
    }

    /** Mentions in text order from every sentence: the recognizer as it comes, a baseline to measure against. */
    List<EntityMention> findEverywhere(String text) {
        return find(text, UnaryOperator.identity(), false);
    }

    private List<EntityMention> find(String text, UnaryOperator<String> reading, boolean asLede) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String written : Paragraphs.of(text)) {
            String paragraph = asLede ? WireBrackets.opened(written) : written;
            String read = reading.apply(paragraph);
            // the object bank runs the feature preprocessing (word shapes, known lower-case words) on each sentence
            List<List<CoreLabel>> sentences = new ArrayList<>();
            classifier.makeObjectBankFromString(read, plainText).forEach(sentences::add);
            List<List<String>> words = asLede ? wordsOfEach(sentences) : List.of();
            boolean skip = asLede && NamelessSentences.usesCapitals(words);
            for (int i = 0; i < sentences.size(); i++) {
                if (!(skip && NamelessSentences.namesNothing(words.get(i)))) {
                    classifier.classify(
                            skip ? NamelessSentences.nearCapitals(sentences.get(i), words.get(i)) : sentences.get(i));
                    addSpans(sentences.get(i), written, paragraph, asLede, mentions);
                }
            }
        }
        return mentions;
    }

    private void addSpans(
            List<CoreLabel> sentence, String written, String paragraph, boolean mend, List<EntityMention> mentions) {
        List<BracketedSpans.Span> spans = labelledRuns(sentence);
        if (mend) {
            spans = WireBrackets.cut(written, paragraph, spans);
            mentions.addAll(BracketedSpans.mend(
                    paragraph,
                    OwnedFirms.split(
                            paragraph,
                            LegalFormTails.join(
                                    paragraph,
                                    PossessiveNames.whole(
                                            paragraph,
                                            HyphenatedNames.whole(
                                                    paragraph, NegatedNames.without(paragraph, spans)))))));
        } else {
            spans.forEach(span -> mentions.add(new EntityMention(span.kind(), span.of(paragraph))));
        }
    }

    /**
     * Runs of tokens with the same answer, as {@code classifyToCharacterOffsets} makes them; a token left out of the
     * classified words has no answer and names nothing.
     */
    private List<BracketedSpans.Span> labelledRuns(List<CoreLabel> sentence) {
        List<BracketedSpans.Span> spans = new ArrayList<>();
        String background = classifier.flags.backgroundSymbol;
        String label = background;
        int start = 0;
        int end = 0;
        for (CoreLabel token : sentence) {
            String answer = Objects.requireNonNullElse(token.get(AnswerAnnotation.class), background);
            if (!answer.equals(label)) {
                addRun(label, start, end, spans);
                start = token.beginPosition();
                label = answer;
            }
            end = token.endPosition();
        }
        addRun(label, start, end, spans);
        return spans;
    }

    private static void addRun(String label, int start, int end, List<BracketedSpans.Span> spans) {
        EntityKind kind = kindOf(label);
        if (kind != null) {
            spans.add(new BracketedSpans.Span(kind, start, end));
        }
    }

    private static List<List<String>> wordsOfEach(List<List<CoreLabel>> sentences) {
        return sentences.stream()
                .map(sentence -> sentence.stream().map(CoreLabel::word).toList())
                .toList();
    }

    private static EntityKind kindOf(String label) {
        return switch (label) {
            case "PERSON" -> EntityKind.PERSON;
            case "LOCATION" -> EntityKind.PLACE;
            case "ORGANIZATION" -> EntityKind.ORGANIZATION;
            default -> null;
        };
    }
}
