package dev.lede.cli;

import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a page of search results for a person at a terminal. */
final class ResultPrinter {

    private final PrintWriter out;

    ResultPrinter(PrintWriter out) {
        this.out = new PrintWriter(new TerminalSafeWriter(out), true);
    }

    void print(SearchPage page) {
        int first = (page.page() - 1) * page.size() + 1;
        out.printf(
                "%d %s%s (%d ms)%n",
                page.total(),
                page.total() == 1 ? "article matches" : "articles match",
                page.query().isEmpty() ? "" : " \"" + page.query() + "\"",
                page.tookMs());
        page.warnings().forEach(warning -> out.println("Note: " + warning));
        out.println();
        int number = first;
        for (Hit hit : page.hits()) {
            printHit(number++, hit);
        }
        // With size 0 (counts only) there are no pages to go on to.
        if (page.size() > 0 && page.total() > (long) page.page() * page.size()) {
            out.printf("… more on page %d (--page %d)%n%n", page.page() + 1, page.page() + 1);
        }
        for (Map.Entry<String, List<FacetValue>> facet : page.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.printf("%-8s %s%n", facet.getKey() + ":", counts(facet.getValue()));
            }
        }
        if (!page.mentioned().buckets().isEmpty()) {
            out.printf(
                    "%-8s %s%n",
                    "mentioned:",
                    counts(page.mentioned().buckets().stream()
                            .filter(bucket -> bucket.count() > 0)
                            .toList()));
        }
        if (!page.published().buckets().isEmpty()) {
            out.printf(
                    "%-8s %s%n",
                    "by " + page.published().granularity() + ":",
                    counts(page.published().buckets()));
        }
    }

    private void printHit(int number, Hit hit) {
        out.printf("%d. %s%n", number, hit.title());
        String date = hit.published() == null
                ? "undated"
                : hit.published().atZone(ZoneOffset.UTC).toLocalDate().toString();
        out.printf("   %s · %s · id %s%n", date, hit.source() == null ? "unknown source" : hit.source(), hit.id());
        out.printf("   %s%n", plainText(hit.snippet()));
        if (!hit.people().isEmpty()) {
            out.printf("   people: %s%n", String.join(", ", hit.people()));
        }
        if (!hit.places().isEmpty()) {
            out.printf("   places: %s%n", String.join(", ", hit.places()));
        }
        out.println();
    }

    private static String counts(List<FacetValue> values) {
        return values.stream().map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", "));
    }

    /** Matches are shown between asterisks; the snippet's HTML escapes are undone. */
    static String plainText(String snippetHtml) {
        return snippetHtml
                .replace("<mark>", "*")
                .replace("</mark>", "*")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
