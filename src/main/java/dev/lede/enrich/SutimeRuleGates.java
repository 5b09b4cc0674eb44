package dev.lede.enrich;

import dev.lede.enrich.ModelLoader.Reflection;
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
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets SUTime skip the rules that cannot match. SUTime tries each of its token rules at every position of a window,
 * and setting up each try costs more than the tokens do; yet most rules need a token the window does not hold (a
 * month's name, "ago", a number). From each rule's automaton this reads what any match needs — a token meeting each
 * test that every path from start to match passes, and one meeting one of the tests a match can begin with — and runs
 * the rule only when the input has them ({@link Gate}). A rule kept from running would have found nothing, so
 * SUTime's output is the same. Only the pure parts of a test (a word, a regular expression, a number, presence, a
 * value's type) are read, never SUTime's expressions, which depend on its rule environment.
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
            Object timexExtractor = Reflection.read(annotator, "timexExtractor");
            Object expressionExtractor = Reflection.read(timexExtractor, "expressionExtractor");
            Map<?, ?> stages = (Map<?, ?>) Reflection.read(expressionExtractor, "stages");
            int gated = 0;
            for (Object stage : stages.values()) {
                gated += gateAll(Reflection.read(stage, "basicExtractRule"));
                gated += gateAll(Reflection.read(stage, "compositeExtractRule"));
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
        for (Object member : (List<?>) Reflection.read(list, "rules")) {
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
        Gate gate = gateOf((SequencePattern<?>) rule.pattern);
        if (gate.required().isEmpty() && gate.first().isEmpty()) {
            return false;
        }
        rule.extractRule = new Gated(rule.extractRule, rule.annotationField, gate);
        return true;
    }

    /**
     * What a match of the pattern needs of its input.
     *
     * @param required conditions each of which some element must meet: those of the states on every path of the
     *     automaton from its start to its match state (a state whose removal leaves the match state unreachable)
     * @param first conditions one of which some element must meet: those of the states a match can consume first;
     *     empty when one of them has no pure condition or the pattern can match nothing at all
     */
    record Gate(List<NodePattern<CoreMap>> required, List<NodePattern<CoreMap>> first) {

        /** Whether a match is possible in these elements as far as the conditions can tell. */
        boolean mayMatch(List<?> elements) {
            for (NodePattern<CoreMap> condition : required) {
                if (!metByAny(condition, elements)) {
                    return false;
                }
            }
            if (first.isEmpty()) {
                return true;
            }
            for (NodePattern<CoreMap> condition : first) {
                if (metByAny(condition, elements)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean metByAny(NodePattern<CoreMap> condition, List<?> elements) {
            for (Object element : elements) {
                if (element instanceof CoreMap token && condition.match(token)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The pattern's gate. Every reference a state holds to another state counts as an edge, which can only find fewer
     * required states and more first ones, never the other way round.
     */
    static Gate gateOf(SequencePattern<?> pattern) throws ReflectiveOperationException {
        Object start = Reflection.read(pattern, "root");
        Object match = Reflection.value(Reflection.field(SequencePattern.class, "MATCH_STATE"), null);
        Map<Object, List<Object>> edges = new IdentityHashMap<>();
        collectEdges(start, edges);
        List<NodePattern<CoreMap>> required = new ArrayList<>();
        for (Object state : edges.keySet()) {
            if (state != start && isTokenTest(state) && !reachable(start, match, state, edges)) {
                NodePattern<CoreMap> condition = condition(test(state));
                if (condition != null) {
                    required.add(condition);
                }
            }
        }
        return new Gate(required, firstConditions(start, match, edges));
    }

    private static List<NodePattern<CoreMap>> firstConditions(
            Object start, Object match, Map<Object, List<Object>> edges) {
        List<NodePattern<CoreMap>> first = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Object state = todo.pop();
            if (state == match) {
                return List.of();
            }
            if (!seen.add(state)) {
                continue;
            }
            if (isTokenTest(state)) {
                NodePattern<CoreMap> condition = condition(test(state));
                if (condition == null) {
                    return List.of();
                }
                first.add(condition);
            } else if (consumes(state)) {
                return List.of();
            } else {
                todo.addAll(edges.getOrDefault(state, List.of()));
            }
        }
        return first;
    }

    private static boolean isTokenTest(Object state) {
        return state.getClass().getName().equals(TOKENSREGEX + "SequencePattern$NodePatternState");
    }

    /** States other than token tests that consume elements: several at once, or a group matched before. */
    private static boolean consumes(Object state) {
        String name = state.getClass().getName();
        return name.equals(TOKENSREGEX + "SequencePattern$MultiNodePatternState")
                || name.equals(TOKENSREGEX + "SequencePattern$BackRefState");
    }

    private static NodePattern<?> test(Object tokenTestState) {
        return (NodePattern<?>) Reflection.read(tokenTestState, "pattern");
    }

    /**
     * A condition every token the test accepts also meets, built from the test's pure parts (a word, a regular
     * expression, a number, presence, SUTime's value types); the test itself when all of it is pure, {@code null}
     * when none of it is. Expressions are left out: they read SUTime's rule environment, not only the token.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static NodePattern<CoreMap> condition(NodePattern<?> test) {
        if (test instanceof CoreMapNodePattern coreMapTest) {
            List<Pair<Class, NodePattern>> parts = coreMapTest.getAnnotationPatterns();
            List<Pair<Class, NodePattern>> pure =
                    parts.stream().filter(part -> isPurePart(part.second())).toList();
            if (pure.isEmpty()) {
                return null;
            }
            return pure.size() == parts.size() ? coreMapTest : new CoreMapNodePattern(new ArrayList<>(pure));
        }
        if (test instanceof NodePattern.ConjNodePattern<?> conjunction) {
            List<NodePattern<?>> children = (List<NodePattern<?>>) Reflection.read(conjunction, "nodePatterns");
            List<NodePattern<CoreMap>> conditions = new ArrayList<>();
            for (NodePattern<?> child : children) {
                NodePattern<CoreMap> condition = condition(child);
                if (condition != null) {
                    conditions.add(condition);
                }
            }
            if (conditions.isEmpty()) {
                return null;
            }
            return exact(children, conditions)
                    ? (NodePattern<CoreMap>) test
                    : new NodePattern.ConjNodePattern<>(conditions);
        }
        if (test instanceof NodePattern.DisjNodePattern<?> disjunction) {
            List<NodePattern<?>> children = (List<NodePattern<?>>) Reflection.read(disjunction, "nodePatterns");
            List<NodePattern<CoreMap>> conditions = new ArrayList<>();
            for (NodePattern<?> child : children) {
                NodePattern<CoreMap> condition = condition(child);
                if (condition == null) {
                    return null;
                }
                conditions.add(condition);
            }
            return exact(children, conditions)
                    ? (NodePattern<CoreMap>) test
                    : new NodePattern.DisjNodePattern<>(conditions);
        }
        if (test instanceof NodePattern.NegateNodePattern<?> negation) {
            NodePattern<?> negated = (NodePattern<?>) Reflection.read(negation, "p");
            return condition(negated) == negated ? (NodePattern<CoreMap>) test : null;
        }
        return null;
    }

    private static boolean exact(List<NodePattern<?>> children, List<NodePattern<CoreMap>> conditions) {
        if (children.size() != conditions.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) != conditions.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPurePart(NodePattern<?> part) {
        Class<?> owner = part.getClass().getEnclosingClass();
        return owner == ComplexNodePattern.class
                || (owner != null && owner.getName().equals("edu.stanford.nlp.time.GenericTimeExpressionPatterns"));
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
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
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

    /** Runs the rule only when its gate lets a match through. */
    private record Gated(ExtractRule<Object, Object> rule, Class<?> tokensKey, Gate gate)
            implements ExtractRule<Object, Object> {

        @Override
        public boolean extract(Object in, List<Object> out) {
            List<?> elements = elements(in);
            return (elements == null || gate.mayMatch(elements)) && rule.extract(in, out);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<?> elements(Object in) {
            if (in instanceof List<?> list) {
                return list;
            }
            if (in instanceof CoreMap map && tokensKey != null && map.get((Class) tokensKey) instanceof List<?> list) {
                return list;
            }
            return null;
        }
    }
}
