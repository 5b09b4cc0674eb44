package dev.lede.search;

import dev.lede.model.ArticleView;
import dev.lede.model.DuplicateArticle;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine-neutral rules of near-duplicates, for every engine: the limit of {@code /duplicates}, a copy as the
 * API lists it, and which member of a collapsed group is shown and which sources its copies come from.
 */
public final class NearDuplicateRules {

    public static final int MAX_LIMIT = 100;

    private NearDuplicateRules() {}

    /** One member of a group, in the search's order. */
    public record Member(Instant published, String source) {}

    /** @throws InvalidSearchException naming {@code limit} when it is outside 1 to {@value #MAX_LIMIT} */
    public static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A near-duplicate as the API lists it, its similarity rounded to two decimals: the fingerprint tells no more. */
    public static DuplicateArticle duplicate(ArticleView copy, double similarity) {
        return new DuplicateArticle(
                copy.id(),
                copy.title(),
                copy.published(),
                copy.source(),
                copy.url(),
                Math.round(similarity * 100) / 100.0);
    }

    /**
     * The position of the member a group shows: the earliest published, the original as far as the index can tell
     * (undated ones count as latest; ties go to the better-ranked one).
     */
    public static int shown(List<Member> members) {
        int shown = 0;
        Instant shownPublished = Instant.MAX;
        for (int i = 0; i < members.size(); i++) {
            Instant published = members.get(i).published() == null
                    ? Instant.MAX
                    : members.get(i).published();
            if (published.isBefore(shownPublished)) {
                shown = i;
                shownPublished = published;
            }
        }
        return shown;
    }

    /** When the newest member but the shown one was published; {@code null} when none of them is dated. */
    public static Instant latestCopy(List<Member> members, int shown) {
        Instant latest = null;
        for (int i = 0; i < members.size(); i++) {
            Instant published = members.get(i).published();
            if (i != shown && published != null && (latest == null || published.isAfter(latest))) {
                latest = published;
            }
        }
        return latest;
    }

    /** The sources of every member but the shown one, each once, sorted. */
    public static List<String> copySources(List<Member> members, int shown) {
        Set<String> sources = new TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            String source = members.get(i).source();
            if (i != shown && source != null) {
                sources.add(source);
            }
        }
        return List.copyOf(sources);
    }
}
