package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: the first non-blank line is the title; optional {@code Key: value} lines may follow
 * (Published or Date, Source, URL, Author, Id); the first other line starts the body.
 *
 * <p>Only known keys count as metadata, so scraped debris such as "cover Photo: Agency" stays in the body.
 */
public final class TextParser implements ArticleParser {

    private static final Pattern METADATA_LINE = Pattern.compile("\\s*([A-Za-z]+)\\s*:(.*)");
    private static final Map<String, String> FIELD_BY_KEY = Map.of(
            "published", "published",
            "date", "published",
            "source", "source",
            "url", "url",
            "author", "author",
            "id", "id");

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        List<String> lines = DocumentText.nonBlank(doc).lines().toList();
        int next = skipBlank(lines, 0);
        String title = lines.get(next);
        Map<String, String> metadata = new HashMap<>();
        next = skipBlank(lines, next + 1);
        while (next < lines.size()) {
            Matcher line = METADATA_LINE.matcher(lines.get(next));
            String field = line.matches() ? FIELD_BY_KEY.get(line.group(1).toLowerCase(Locale.ROOT)) : null;
            if (field == null) {
                break;
            }
            metadata.putIfAbsent(field, line.group(2));
            next = skipBlank(lines, next + 1);
        }
        String body = String.join("\n", lines.subList(next, lines.size()));
        ArticleDraft draft = new ArticleDraft(
                metadata.get("id"),
                title,
                body,
                metadata.get("published"),
                metadata.get("source"),
                metadata.get("url"),
                metadata.get("author"));
        Optional<String> idRefusal = draft.givenIdRefusal("");
        if (idRefusal.isPresent()) {
            throw new ParseException(ParseException.Kind.INVALID, doc.location(), idRefusal.get());
        }
        List<String> warnings = new ArrayList<>();
        return new ParseResult(List.of(draft.toArticle("", warnings)), List.of(), warnings);
    }

    private static int skipBlank(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }
}
