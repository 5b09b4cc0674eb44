package dev.lede.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-match span scoring: a predicted span counts only when a gold span has the same type, first and last token.
 * Counts add up over documents; the scores are computed per type and micro-averaged over all types.
 */
public final class SpanScores {

    /** The counts of one type and the scores they give. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        public int predicted() {
            return truePositives + falsePositives;
        }

        Score plus(Score other) {
            return new Score(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    private final Map<String, Score> byType = new TreeMap<>();

    public SpanScores(Iterable<String> types) {
        types.forEach(type -> byType.put(type, new Score(0, 0, 0)));
    }

    /** Adds one document; spans of types not being scored are ignored. */
    public synchronized void add(List<TokenSpan> gold, List<TokenSpan> predicted) {
        Set<TokenSpan> goldSet = new HashSet<>(gold);
        Set<TokenSpan> predictedSet = new HashSet<>(predicted);
        for (String type : byType.keySet()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (TokenSpan span : predictedSet) {
                if (span.type().equals(type)) {
                    if (goldSet.contains(span)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            for (TokenSpan span : goldSet) {
                if (span.type().equals(type) && !predictedSet.contains(span)) {
                    fn++;
                }
            }
            byType.merge(type, new Score(tp, fp, fn), Score::plus);
        }
    }

    public synchronized Score of(String type) {
        return byType.get(type);
    }

    /** Micro average: the counts of all types added together. */
    public synchronized Score overall() {
        Score sum = new Score(0, 0, 0);
        for (Score score : byType.values()) {
            sum = sum.plus(score);
        }
        return sum;
    }

    public synchronized List<String> types() {
        return new ArrayList<>(byType.keySet());
    }
}
