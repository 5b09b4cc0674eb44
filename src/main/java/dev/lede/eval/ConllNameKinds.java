package dev.lede.eval;

import dev.lede.enrich.Extractor;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The kind the whole extractor gives each CoNLL-2003 gold name: every rule after the recognizer and the kind vote
 * (clubs, teams, institutions, firms split or joined) shows here, where the span scores cannot see it. Each document is
 * extracted as an article; each distinct gold name of a document (its tokens joined by spaces) is looked up among the
 * article's people, places and organisations as written. A name listed under none (merged into a longer one, or a
 * place shown by its gazetteer name: "U.S." as "United States") is not found, so the figure is the share of found
 * names listed under their gold kind.
 */
public final class ConllNameKinds {

    /** Lede's lists, in the order a name is looked up in them; the index past the last is "not found". */
    static final List<String> KINDS = List.of("PER", "LOC", "ORG");

    private static final int NOT_FOUND = KINDS.size();

    /**
     * @param counts for each gold kind (row, in {@link #KINDS} order), how many names Lede listed as each kind
     *     (column), and in the last column how many it did not list
     */
    public record Result(int documents, int[][] counts) {

        public int found(String goldKind) {
            int[] row = counts[KINDS.indexOf(goldKind)];
            int found = 0;
            for (int i = 0; i < NOT_FOUND; i++) {
                found += row[i];
            }
            return found;
        }

        public int listedAs(String goldKind, String ledeKind) {
            return counts[KINDS.indexOf(goldKind)][KINDS.indexOf(ledeKind)];
        }

        public int notFound(String goldKind) {
            return counts[KINDS.indexOf(goldKind)][NOT_FOUND];
        }
    }

    private final Extractor extractor;

    public ConllNameKinds(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public Result run(List<ConllDocument> documents, int threads) {
        int[][] counts = new int[KINDS.size()][KINDS.size() + 1];
        for (int[][] document : Parallel.map(documents, threads, this::count)) {
            for (int gold = 0; gold < counts.length; gold++) {
                for (int lede = 0; lede < counts[gold].length; lede++) {
                    counts[gold][lede] += document[gold][lede];
                }
            }
        }
        return new Result(documents.size(), counts);
    }

    int[][] count(ConllDocument document) {
        Enrichment found = extractor.extract(new Article("conll", "", document.text(), null, null, null, null));
        List<Set<String>> lists =
                List.of(Set.copyOf(found.people()), Set.copyOf(found.places()), Set.copyOf(found.organizations()));
        int[][] counts = new int[KINDS.size()][KINDS.size() + 1];
        for (int gold = 0; gold < KINDS.size(); gold++) {
            for (String name : goldNames(document, KINDS.get(gold))) {
                counts[gold][kindOf(name, gold, lists)]++;
            }
        }
        return counts;
    }

    /** The gold kind when the name is listed under it, else the first list that has it, else not found. */
    private static int kindOf(String name, int goldKind, List<Set<String>> lists) {
        if (lists.get(goldKind).contains(name)) {
            return goldKind;
        }
        for (int kind = 0; kind < lists.size(); kind++) {
            if (lists.get(kind).contains(name)) {
                return kind;
            }
        }
        return NOT_FOUND;
    }

    private static Set<String> goldNames(ConllDocument document, String kind) {
        Set<String> names = new LinkedHashSet<>();
        for (TokenSpan span : document.gold()) {
            if (span.type().equals(kind)) {
                names.add(String.join(" ", document.tokens().subList(span.start(), span.end())));
            }
        }
        return names;
    }
}
