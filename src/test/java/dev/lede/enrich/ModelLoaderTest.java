package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.enrich.ModelLoader.Reflection;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The checks find the nulls CoreNLP's loader leaves when its Interner loses a string (planted here by hand, on the
 * real models), and a damaged load is repeated until it is whole.
 */
class ModelLoaderTest {

    /** Not a word of any text: a value planted under it cannot change an extraction running beside this test. */
    private static final String PLANTED = "zzq-planted-by-model-loader-test";

    @Test
    void theRealModelsLoadWhole() throws Exception {
        MaxentTagger tagger = ModelLoader.tagger();
        CRFClassifier<CoreLabel> classifier = ModelLoader.classifier(EntityRecognizer.MODEL);

        assertEquals(0, ModelLoader.dictionaryLosses(tagger));
        assertEquals(0, ModelLoader.lexiconLosses(classifier));
    }

    @Test
    void aDictionaryWordWithANullTagIsCounted() {
        MaxentTagger tagger = ModelLoader.tagger();
        Map<?, ?> words = (Map<?, ?>) Reflection.read(Reflection.read(tagger, "dict"), "dict");
        @SuppressWarnings("unchecked")
        Map<String, Integer> tagCounts = (Map<String, Integer>) Reflection.read(words.get("said"), "map");

        tagCounts.put(null, 1);

        assertEquals(1, ModelLoader.dictionaryLosses(tagger));
    }

    @Test
    void aLexiconWordWithoutItsClusterIsCounted() throws Exception {
        CRFClassifier<CoreLabel> classifier = ModelLoader.classifier(EntityRecognizer.MODEL);
        @SuppressWarnings("unchecked")
        Map<String, String> lexicon =
                (Map<String, String>) Reflection.read(classifier.featureFactories.getFirst(), "lexicon");
        assertFalse(lexicon.isEmpty(), "the model has a cluster lexicon");

        lexicon.put(PLANTED, null);

        assertEquals(1, ModelLoader.lexiconLosses(classifier));
    }

    @Test
    void aDamagedLoadIsRepeatedUntilWhole() {
        AtomicInteger loads = new AtomicInteger();

        int model = ModelLoader.loadWhole("test model", loads::incrementAndGet, load -> load < 3 ? 2 : 0);

        assertEquals(3, model);
        assertEquals(3, loads.get());
    }

    @Test
    void aModelDamagedInEveryLoadStopsWithAClearError() {
        AtomicInteger loads = new AtomicInteger();

        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> ModelLoader.loadWhole("test model", loads::incrementAndGet, load -> 1));

        assertEquals(ModelLoader.ATTEMPTS, loads.get());
        assertTrue(error.getMessage().contains("test model lost 1 values"), error.getMessage());
    }
}
