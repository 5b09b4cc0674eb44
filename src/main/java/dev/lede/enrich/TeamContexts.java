package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an organisation mention stands where a team does: a word learned to mark team contexts (a score, a
 * result line; {@code eval.TeamContextLearner} learns them from the tuning half of CoNLL-2003 dev) is next to it
 * on its line. The recognizer's ORG there is trusted over the article's vote, which would make "Seattle" a place
 * because the same article also names the city.
 */
final class TeamContexts {

    private static final String RESOURCE = "team-context-words.txt";
    private static final Set<String> CUES = load();

    private TeamContexts() {}

    /** For each mention, whether it keeps its own kind; mentions not found in {@code text} vote as usual. */
    static boolean[] keepOwnKind(String text, List<EntityMention> mentions) {
        boolean[] keep = new boolean[mentions.size()];
        int[] starts = ContextWords.starts(text, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            keep[i] = starts[i] >= 0
                    && mention.kind() == EntityKind.ORGANIZATION
                    && ContextWords.around(text, starts[i], ContextWords.end(text, starts[i], mention.text())).stream()
                            .anyMatch(CUES::contains);
        }
        return keep;
    }

    private static Set<String> load() {
        InputStream in = TeamContexts.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
