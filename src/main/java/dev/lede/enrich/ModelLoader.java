package dev.lede.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads CoreNLP's tagger and entity classifier, and loads again what CoreNLP's loader damaged.
 *
 * <p>While a model loads, CoreNLP 4.5 shares its repeated strings (part-of-speech tags, word-cluster names) through
 * {@code edu.stanford.nlp.util.Interner}, which holds a string it has not seen before only weakly and returns it
 * through that weak reference. A garbage collection in between clears it, and the model keeps {@code null} in its
 * place: then a word of the tagger's dictionary has a null tag, and every sentence with that word fails ("Cannot
 * invoke String.charAt(int) because tag is null", seen once in a test run, for all 47 sample articles), or a word of
 * the classifier's cluster lexicon has no cluster and is labelled as an unknown word would be. A load makes about 45
 * (tagger) and 500 (classifier) such calls, so it is rare, but it happens under memory pressure. Each load is
 * therefore checked for lost values and repeated, a few times at most, until it has none. The checks reach private
 * fields, as {@link SutimeTenseTags} does: if a CoreNLP upgrade moves them, loading fails loudly.
 */
final class ModelLoader {

    static final int ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ModelLoader.class);

    private ModelLoader() {}

    /** CoreNLP's default English tagger (the one {@code POSTaggerAnnotator} loads), with no value lost. */
    static MaxentTagger tagger() {
        String model = MaxentTagger.DEFAULT_JAR_PATH;
        return loadWhole("tagger " + model, () -> new MaxentTagger(model), ModelLoader::dictionaryLosses);
    }

    /** A CRF classifier from the models jar, with no value lost. */
    static CRFClassifier<CoreLabel> classifier(String model) throws IOException {
        return loadWhole("classifier " + model, () -> readClassifier(model), ModelLoader::lexiconLosses);
    }

    private static CRFClassifier<CoreLabel> readClassifier(String model) throws IOException {
        try {
            return CRFClassifier.getClassifier(model);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + model + " does not match this CoreNLP version", e);
        }
    }

    /**
     * Loads with {@code load} until {@code losses} counts none lost, at most {@link #ATTEMPTS} times.
     *
     * @param losses counts the values a loaded model lost
     */
    static <T, E extends Exception> T loadWhole(String what, Load<T, E> load, ToIntFunction<T> losses) throws E {
        for (int attempt = 1; ; attempt++) {
            T model = load.load();
            int lost = losses.applyAsInt(model);
            if (lost == 0) {
                return model;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("CoreNLP's " + what + " lost " + lost + " values in each of " + ATTEMPTS
                        + " loads; the extraction would fail or differ, so it does not start");
            }
            LOG.warn(
                    "CoreNLP's {} lost {} values while loading (a garbage collection inside its Interner); "
                            + "loading it again",
                    what,
                    lost);
        }
    }

    /** Words of the tagger's dictionary with a null tag. */
    static int dictionaryLosses(MaxentTagger tagger) {
        Object dictionary = Reflection.read(tagger, "dict");
        Map<?, ?> words = (Map<?, ?>) Reflection.read(dictionary, "dict");
        int lost = 0;
        Field tags = null; // looked up once: the dictionary has about 77,000 words
        for (Object tagCounts : words.values()) {
            if (tags == null) {
                tags = Reflection.field(tagCounts.getClass(), "map");
            }
            if (((Map<?, ?>) Reflection.value(tags, tagCounts)).containsKey(null)) {
                lost++;
            }
        }
        return lost;
    }

    /** Words of the classifier's cluster lexicon that have no cluster. */
    static int lexiconLosses(CRFClassifier<CoreLabel> classifier) {
        int lost = 0;
        for (Object factory : classifier.featureFactories) {
            Map<?, ?> lexicon = (Map<?, ?>) Reflection.read(factory, "lexicon");
            lost += lexicon == null ? 0 : nullValues(lexicon);
        }
        return lost;
    }

    private static int nullValues(Map<?, ?> map) {
        int nulls = 0;
        for (Object value : map.values()) {
            if (value == null) {
                nulls++;
            }
        }
        return nulls;
    }

    /** How a model is read: CoreNLP's loaders throw checked exceptions of their own. */
    @FunctionalInterface
    interface Load<T, E extends Exception> {
        T load() throws E;
    }

    /** Reads CoreNLP's private fields, failing loudly when a version has moved them. */
    static final class Reflection {

        private Reflection() {}

        static Object read(Object owner, String name) {
            return value(field(owner.getClass(), name), owner);
        }

        /** The field, made readable, declared by {@code type} or a class above it. */
        static Field field(Class<?> type, String name) {
            for (Class<?> at = type; at != null; at = at.getSuperclass()) {
                try {
                    Field field = at.getDeclaredField(name);
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // declared further up
                } catch (RuntimeException e) {
                    throw moved(type, name, e);
                }
            }
            throw moved(type, name, null);
        }

        static Object value(Field field, Object owner) {
            try {
                return field.get(owner);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw moved(field.getDeclaringClass(), field.getName(), e);
            }
        }

        private static IllegalStateException moved(Class<?> type, String name, Exception cause) {
            return new IllegalStateException(
                    "cannot check " + type.getName() + "." + name + " in this CoreNLP version", cause);
        }
    }
}
