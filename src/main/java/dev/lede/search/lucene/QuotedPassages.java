package dev.lede.search.lucene;

import dev.lede.search.QuotedMarks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the passages the highlighter found, marking only the matches {@link QuotedMarks} allows, and choosing the
 * {@code wanted} best passages of those that keep a mark (of all, when none does): a quoted "goods" is shown where the
 * story says "goods", not where it says "good".
 */
final class QuotedPassages extends PassageFormatter {

    private final PassageFormatter formatter;
    private final QuotedMarks quoted;
    private final int wanted;

    QuotedPassages(PassageFormatter formatter, QuotedMarks quoted, int wanted) {
        this.formatter = formatter;
        this.quoted = quoted;
        this.wanted = wanted;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<Passage> kept = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            kept.add(withAllowedMatches(passage, content));
        }
        boolean anyMarked = kept.stream().anyMatch(passage -> passage.getNumMatches() > 0);
        List<Passage> chosen = kept.stream()
                .filter(passage -> !anyMarked || passage.getNumMatches() > 0)
                .sorted(Comparator.comparing(Passage::getScore, Comparator.reverseOrder()))
                .limit(wanted)
                .sorted(Comparator.comparingInt(Passage::getStartOffset))
                .toList();
        return formatter.format(chosen.toArray(Passage[]::new), content);
    }

    private Passage withAllowedMatches(Passage passage, String content) {
        Passage kept = new Passage();
        kept.setStartOffset(passage.getStartOffset());
        kept.setEndOffset(passage.getEndOffset());
        kept.setScore(passage.getScore());
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = passage.getMatchStarts()[i];
            int end = passage.getMatchEnds()[i];
            if (quoted.allows(content.substring(start, end))) {
                kept.addMatch(start, end, passage.getMatchTerms()[i], passage.getMatchTermFreqsInDoc()[i]);
            }
        }
        return kept;
    }
}
