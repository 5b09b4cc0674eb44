package dev.lede.enrich;

import dev.lede.model.EntityKind;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds person, location and organisation spans with CoreNLP's 3-class CRF, called directly rather than through a
 * full pipeline: the CRF does its own tokenization and is about as accurate, at a fraction of the cost.
 */
final class EntityRecognizer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;

    /** Loads the model from the CoreNLP models jar; takes a few seconds. */
    EntityRecognizer() {
        HugeMethods.warnIfInterpreted();
        try {
            classifier = ModelLoader.classifier(MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        }
    }

    /** Mentions in text order. Safe to call from several threads: the classifier keeps no per-call state. */
    List<EntityMention> find(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String paragraph : Paragraphs.of(text)) {
            // classifyToCharacterOffsets runs the feature preprocessing that classify(List) would skip
            for (Triple<String, Integer, Integer> span : classifier.classifyToCharacterOffsets(paragraph)) {
                EntityKind kind = kindOf(span.first());
                if (kind != null) {
                    mentions.add(new EntityMention(kind, paragraph.substring(span.second(), span.third())));
                }
            }
        }
        return mentions;
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
