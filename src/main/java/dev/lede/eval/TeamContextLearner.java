package dev.lede.eval;

import dev.lede.enrich.ContextWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns the words around a name that say "this place name stands for a team or a club" from the tuning half of
 * CoNLL-2003 dev only: over the names gold-tagged both LOC and ORG in that half, the words near an ORG occurrence
 * that are rarely near a LOC one. Names themselves are never kept, only their context. Writes the word list that
 * {@code enrich.MentionKinds} reads; rerun with
 * {@code java -cp 'target/classes:target/lib/*' dev.lede.eval.TeamContextLearner ../shared src/main/resources/dev/lede/enrich/team-context-words.txt}.
 */
public final class TeamContextLearner {

    /** A word must be seen this often near such names to count. */
    static int MIN_OCCURRENCES = 6;

    /** Share of a word's occurrences that must be near an ORG reading. */
    static double MIN_ORG_SHARE = 0.85;

    private TeamContextLearner() {}

    public static void main(String[] args) throws IOException {
        List<ConllDocument> all = ConllCorpus.read(Path.of(args[0]).resolve("corpora/conll2003/eng.testa"));
        List<String> cues = learn(ConllHalves.half(all, 0));
        Files.write(Path.of(args[1]), cues, StandardCharsets.UTF_8);
        System.out.println(cues.size() + " words: " + cues);
    }

    static List<String> learn(List<ConllDocument> documents) {
        Set<String> dualNames = dualNames(documents);
        Map<String, int[]> counts = new TreeMap<>();
        for (ConllDocument document : documents) {
            for (TokenSpan span : document.gold()) {
                if (!span.type().equals("PER") && dualNames.contains(name(document, span))) {
                    int index = span.type().equals("ORG") ? 0 : 1;
                    for (String word : window(document, span)) {
                        counts.computeIfAbsent(word, w -> new int[2])[index]++;
                    }
                }
            }
        }
        List<String> cues = new ArrayList<>();
        counts.forEach((word, c) -> {
            int total = c[0] + c[1];
            if (total >= MIN_OCCURRENCES && c[0] >= MIN_ORG_SHARE * total) {
                cues.add(word);
            }
        });
        return cues;
    }

    private static Set<String> dualNames(List<ConllDocument> documents) {
        Map<String, Set<String>> types = new HashMap<>();
        for (ConllDocument document : documents) {
            for (TokenSpan span : document.gold()) {
                types.computeIfAbsent(name(document, span), n -> new HashSet<>())
                        .add(span.type());
            }
        }
        Set<String> dual = new HashSet<>();
        types.forEach((name, kinds) -> {
            if (kinds.contains("LOC") && kinds.contains("ORG")) {
                dual.add(name);
            }
        });
        return dual;
    }

    private static String name(ConllDocument document, TokenSpan span) {
        return String.join(" ", document.tokens().subList(span.start(), span.end()))
                .toLowerCase(Locale.ROOT);
    }

    /** The context words of a gold span as the enrich side sees them: the same line, the same window. */
    private static List<String> window(ConllDocument document, TokenSpan span) {
        String text = document.text();
        int start = document.tokenStarts()[span.start()];
        int lastToken = span.end() - 1;
        int end = document.tokenStarts()[lastToken]
                + document.tokens().get(lastToken).length();
        return ContextWords.around(text, start, end);
    }
}
