package dev.lede.enrich;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.TimeAnnotator;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Works around state that SUTime (CoreNLP 4.5) keeps between calls.
 *
 * <p>SUTime reads the tense around a date ("said on Friday": the Friday before publication) and records it as a tag
 * on the value its rules bind to "Friday", one object shared by every call of a {@link TimeAnnotator}. The tag
 * outlives the call, so without this reset one article's tense decides how the next article's bare "Friday"
 * resolves, and two threads would race on it. The values live in a private rule environment, hence the reflection;
 * if a CoreNLP upgrade moves them, construction fails loudly instead of extraction turning silently order-dependent.
 */
final class SutimeTenseTags {

    private static final String RESOLVE_TO = "resolveTo";

    private final List<Value<?>> ruleValues;

    SutimeTenseTags(TimeAnnotator annotator) {
        try {
            Object extractor = field(annotator, TimeAnnotator.class, "timexExtractor");
            Object patterns = field(extractor, extractor.getClass(), "timexPatterns");
            Env environment = (Env) field(patterns, patterns.getClass(), "env");
            ruleValues = environment.getVariables().values().stream()
                    .filter(Value.class::isInstance)
                    .<Value<?>>map(value -> (Value<?>) value)
                    .toList();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach SUTime's rule values in this CoreNLP version", e);
        }
    }

    /** Forgets the tense read in the previous call. Call while holding the annotator exclusively. */
    void clear() {
        for (Value<?> value : ruleValues) {
            Tags tags = value.getTags();
            if (tags != null) {
                tags.removeTag(RESOLVE_TO);
            }
        }
    }

    private static Object field(Object owner, Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
