package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entity mentions of one text with their character offsets, found the way {@link Extractor}s find them: the same
 * recognizer, the same reconciliation of kinds within the text, the same rejection of names that clean up to
 * nothing. Extractors return distinct canonical names; this returns every mention where it stands, which is what a
 * span-level evaluation (CoNLL-2003) needs. Titles are not treated specially: pass one text.
 */
public final class SpanTagger {

    /** One mention: its kind, the offsets in the text ({@code end} exclusive) and the text it covers. */
    public record EntitySpan(EntityKind kind, int start, int end, String text) {
        public EntitySpan {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    private final EntityRecognizer recognizer;
    private final boolean plain;

    private SpanTagger(EntityRecognizer recognizer, boolean plain) {
        this.recognizer = recognizer;
        this.plain = plain;
    }

    /** Loads the recognizer's model; takes seconds, so build once and share (the tagger is thread-safe). */
    public static SpanTagger load() {
        return new SpanTagger(new EntityRecognizer(), false);
    }

    /**
     * The same recognizer without anything Lede adds around it (it reads every sentence; no reconciliation, no
     * clean-up): the baseline every rule has to beat, measured on the same text.
     */
    public SpanTagger plainCrf() {
        return new SpanTagger(recognizer, true);
    }

    /** The mentions of the text in text order. */
    public List<EntitySpan> tag(String text) {
        if (plain) {
            List<EntityMention> found = recognizer.findEverywhere(text);
            return spans(text, found, found);
        }
        List<EntityMention> found = recognizer.find(text);
        return spans(text, found, MentionKinds.reconcile(text, found));
    }

    private List<EntitySpan> spans(String text, List<EntityMention> found, List<EntityMention> reconciled) {
        // the recognizer reports mentions in text order without offsets; each is found after the previous one
        List<Integer> starts = new ArrayList<>(found.size());
        int cursor = 0;
        for (EntityMention mention : found) {
            int start = indexOfWhole(text, mention.text(), cursor);
            starts.add(start);
            if (start >= 0) {
                cursor = start + mention.text().length();
            }
        }
        List<EntitySpan> spans = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < found.size() && next < reconciled.size(); i++) {
            EntityMention original = found.get(i);
            EntityMention kept = reconciled.get(next);
            // reconciliation keeps the order and only re-cases text, so a dropped mention is one that differs
            if (!kept.text().equalsIgnoreCase(original.text())) {
                continue;
            }
            next++;
            int start = starts.get(i);
            if (start >= 0 && (plain || isName(kept))) {
                spans.add(new EntitySpan(
                        kept.kind(), start, start + original.text().length(), original.text()));
            }
        }
        return List.copyOf(spans);
    }

    /**
     * Where the mention stands from {@code from} on: the first occurrence that is not part of a longer word ("Iraq"
     * of "northern Iraq", not the start of an earlier "Iraqi"), else the first occurrence at all, else -1.
     */
    static int indexOfWhole(String text, String mention, int from) {
        int first = text.indexOf(mention, from);
        for (int at = first; at >= 0; at = text.indexOf(mention, at + 1)) {
            if (ContextWords.isWholeWords(text, at, at + mention.length())) {
                return at;
            }
        }
        return first;
    }

    /** Whether the extractor's name clean-up keeps the mention (it rejects pronouns, lone initials, debris). */
    private static boolean isName(EntityMention mention) {
        return switch (mention.kind()) {
            case PERSON -> PersonNames.clean(mention.text()).isPresent();
            case PLACE -> PlaceAndOrganizationNames.cleanPlace(mention.text()).isPresent();
            case ORGANIZATION ->
                PlaceAndOrganizationNames.cleanOrganization(mention.text()).isPresent();
        };
    }
}
