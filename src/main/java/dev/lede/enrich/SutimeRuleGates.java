package dev.lede.enrich;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.AnnotationExtractRule;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.ExtractRule;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets SUTime skip the rules that cannot match. SUTime tries each of its several hundred token rules at every
 * position of a window, and setting up each try costs more than the tokens do; yet most rules need a token the window
 * does not hold (a month's name, "ago", a number). For every rule this finds the token tests each of its matches must
 * pass — the states of its automaton that every path from start to match goes through — and runs the rule only when
 * every such test passes on some token of its input. A rule kept from running would have found nothing, so SUTime's
 * output is the same; only the tests known to be pure (a word, a regular expression, a number, a type) are used.
 *
 * <p>The rules, their automata and their states are private to CoreNLP 4.5, hence the reflection; if an upgrade moves
 * them, {@link #install} fails loudly instead of SUTime running ungated or wrong.
 */
final class SutimeRuleGates {

    private static final String TOKENSREGEX = "edu.stanford.nlp.ling.tokensregex.";

    private SutimeRuleGates() {}

    /** Gates every token-pattern rule of the annotator's stages; answers how many rules got a gate. */
    static int install(TimeAnnotator annotator) {
        try {
            Object timexExtractor = field(annotator, "timexExtractor");
            Object expressionExtractor = field(timexExtractor, "expressionExtractor");
            Map<?, ?> stages = (Map<?, ?>) field(expressionExtractor, "stages");
            int gated = 0;
            for (Object stage : stages.values()) {
                gated += gateAll(field(stage, "basicExtractRule"));
                gated += gateAll(field(stage, "compositeExtractRule"));
            }
            return gated;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach SUTime's rules in this CoreNLP version", e);
        }
    }

    private static int gateAll(Object rule) throws ReflectiveOperationException {
        if (!(rule instanceof SequenceMatchRules.ListExtractRule<?, ?> list)) {
            return 0;
        }
        int gated = 0;
        for (Object member : (List<?>) field(list, "rules")) {
            if (member instanceof AnnotationExtractRule<?, ?> annotationRule && gate(annotationRule)) {
                gated++;
            }
        }
        return gated;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean gate(AnnotationExtractRule rule) throws ReflectiveOperationException {
        if (!rule.hasTokensRegexPattern() || rule.extractRule == null) {
            return false;
        }
        List<NodePattern<CoreMap>> tests = requiredTests((SequencePattern<?>) rule.pattern);
        if (tests.isEmpty()) {
            return false;
        }
        rule.extractRule = new Gated(rule.extractRule, rule.annotationField, tests);
        return true;
    }

    /**
     * The pure token tests on every path of the pattern's automaton from its start to its match state: a state whose
     * removal leaves the match state unreachable. Every reference a state holds to another state counts as an edge,
     * which can only make fewer states required, never more.
     */
    @SuppressWarnings("unchecked")
    static List<NodePattern<CoreMap>> requiredTests(SequencePattern<?> pattern) throws ReflectiveOperationException {
        Object start = field(pattern, "root");
        Object match = staticField(SequencePattern.class, "MATCH_STATE");
        Map<Object, List<Object>> edges = new IdentityHashMap<>();
        collectEdges(start, edges);
        List<NodePattern<CoreMap>> tests = new ArrayList<>();
        for (Object state : edges.keySet()) {
            if (state != start && isTokenTest(state) && !reachable(start, match, state, edges)) {
                NodePattern<?> test = (NodePattern<?>) field(state, "pattern");
                if (isPure(test)) {
                    tests.add((NodePattern<CoreMap>) test);
                }
            }
        }
        return tests;
    }

    private static boolean isTokenTest(Object state) {
        return state.getClass().getName().equals(TOKENSREGEX + "SequencePattern$NodePatternState");
    }

    /** Tests that read only the token: words, regular expressions, numbers, presence, SUTime's value types. */
    private static boolean isPure(NodePattern<?> test) {
        if (!(test instanceof CoreMapNodePattern coreMapTest)) {
            return false;
        }
        for (Pair<Class, NodePattern> part : coreMapTest.getAnnotationPatterns()) {
            Class<?> owner = part.second().getClass().getEnclosingClass();
            boolean known = owner == ComplexNodePattern.class
                    || (owner != null && owner.getName().equals("edu.stanford.nlp.time.GenericTimeExpressionPatterns"));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static void collectEdges(Object start, Map<Object, List<Object>> edges)
            throws ReflectiveOperationException {
        Deque<Object> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Object state = todo.pop();
            if (edges.containsKey(state)) {
                continue;
            }
            List<Object> next = statesReferencedBy(state);
            edges.put(state, next);
            todo.addAll(next);
        }
    }

    private static List<Object> statesReferencedBy(Object state) throws ReflectiveOperationException {
        Class<?> stateType = Class.forName(TOKENSREGEX + "SequencePattern$State");
        List<Object> referenced = new ArrayList<>();
        for (Class<?> type = state.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(state);
                if (stateType.isInstance(value)) {
                    referenced.add(value);
                } else if (value instanceof Collection<?> values) {
                    values.stream().filter(stateType::isInstance).forEach(referenced::add);
                }
            }
        }
        return referenced;
    }

    private static boolean reachable(Object from, Object to, Object without, Map<Object, List<Object>> edges) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            Object state = todo.pop();
            if (state == to) {
                return true;
            }
            if (state == without || !seen.add(state)) {
                continue;
            }
            todo.addAll(edges.getOrDefault(state, List.of()));
        }
        return false;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
    }

    private static Object staticField(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    /** Runs the rule only when each required test passes on some element of the rule's input. */
    private record Gated(ExtractRule<Object, Object> rule, Class<?> tokensKey, List<NodePattern<CoreMap>> tests)
            implements ExtractRule<Object, Object> {

        @Override
        public boolean extract(Object in, List<Object> out) {
            return mayMatch(elements(in)) && rule.extract(in, out);
        }

        @SuppressWarnings("unchecked")
        private List<?> elements(Object in) {
            if (in instanceof List<?> list) {
                return list;
            }
            if (in instanceof CoreMap map && tokensKey != null && map.get((Class) tokensKey) instanceof List<?> list) {
                return list;
            }
            return null;
        }

        private boolean mayMatch(List<?> elements) {
            if (elements == null) {
                return true;
            }
            for (NodePattern<CoreMap> test : tests) {
                if (!passesOnAny(test, elements)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean passesOnAny(NodePattern<CoreMap> test, List<?> elements) {
            for (Object element : elements) {
                if (element instanceof CoreMap token && test.match(token)) {
                    return true;
                }
            }
            return false;
        }
    }
}
