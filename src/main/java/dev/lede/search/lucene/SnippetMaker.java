package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.search.QuotedMarks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets shown under each hit: passages of the body around the matches, as HTML in which the article
 * text is escaped and the matched words are wrapped in {@code <mark>}.
 */
final class SnippetMaker {

    private static final int PASSAGES = 2;
    /** Passages read to choose {@link #PASSAGES} from when a quoted word's other forms may not be marked. */
    private static final int CANDIDATE_PASSAGES = 32;

    private static final int PASSAGE_LENGTH = 180;
    /** Where the match sits in its passage: a third of the way in, so the reader sees what leads up to it. */
    private static final float PASSAGE_ALIGNMENT = 0.33f;

    private static final int LEAD_LENGTH = 240;

    private static final FrugalPassageScorer PASSAGE_SCORER = new FrugalPassageScorer();

    private final Analyzer analyzer;

    SnippetMaker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * One snippet per hit of {@code page}, in order; {@code bodies} supply the lead when nothing matched. Only the
     * words {@code quoted} allows are marked, in passages chosen for them.
     */
    String[] snippets(IndexSearcher searcher, Query keywords, TopDocs page, String[] bodies, QuotedMarks quoted)
            throws IOException {
        String[] snippets = new String[page.scoreDocs.length];
        if (keywords != null && page.scoreDocs.length > 0) {
            String[] highlighted = highlighter(searcher, page, bodies, quoted)
                    .highlight(Schema.BODY, keywords, page, quoted.restricts() ? CANDIDATE_PASSAGES : PASSAGES);
            for (int i = 0; i < snippets.length; i++) {
                snippets[i] = highlighted[i] == null ? null : oneLine(highlighted[i]);
            }
        }
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null || snippets[i].isBlank()) {
                snippets[i] = lead(bodies[i]);
            }
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, TopDocs page, String[] bodies, QuotedMarks quoted) {
        Map<Integer, String> bodyOfDoc = new HashMap<>();
        for (int i = 0; i < bodies.length; i++) {
            bodyOfDoc.put(page.scoreDocs[i].doc, bodies[i]);
        }
        return new LoadedBodies(
                UnifiedHighlighter.builder(searcher, analyzer)
                        .withScorer(PASSAGE_SCORER)
                        .withFormatter(formatter(quoted))
                        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                new SentenceBreaks(), PASSAGE_LENGTH, PASSAGE_ALIGNMENT))
                        .withMaxNoHighlightPassages(1),
                bodyOfDoc);
    }

    private static PassageFormatter formatter(QuotedMarks quoted) {
        PassageFormatter marking = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
        return quoted.restricts() ? new QuotedPassages(marking, quoted, PASSAGES) : marking;
    }

    /**
     * Highlights the bodies the page already read from the index rather than reading them again, from the offsets
     * the body's postings keep (without asking the index each time whether it has them).
     */
    private static final class LoadedBodies extends UnifiedHighlighter {
        private final Map<Integer, String> bodyOfDoc;

        LoadedBodies(Builder builder, Map<Integer, String> bodyOfDoc) {
            super(builder);
            this.bodyOfDoc = bodyOfDoc;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String body = bodyOfDoc.get(doc);
                values.add(new CharSequence[] {body == null ? "" : body});
            }
            return values;
        }
    }

    /** Paragraph breaks mean nothing inside a one-line snippet: each run of whitespace becomes one space. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && !line.isEmpty()) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        // Other whitespace (Unicode spaces) is left inside, as before, but not at either end.
        return line.toString().strip();
    }

    /** The opening of the body, cut at a word boundary, HTML-escaped. */
    static String lead(String body) {
        String text = body == null ? "" : oneLine(body);
        if (text.length() > LEAD_LENGTH) {
            int cut = text.lastIndexOf(' ', LEAD_LENGTH);
            text = text.substring(0, cut > 0 ? cut : LEAD_LENGTH) + " …";
        }
        return escapeHtml(text);
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
