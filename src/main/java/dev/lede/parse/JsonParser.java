package dev.lede.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON files holding one article object or an array of them. Fields: id, title (or headline), body (or text,
 * content), published (or date), source, url, author; others are ignored. Title and body are text as written, with
 * any {@code <}, {@code >} and {@code &} kept, unless either holds HTML markup by {@link HtmlText}'s rule (a closing
 * tag, a paragraph or line tag, a tag with an attribute), as CMS exports often do: then both are read as HTML, tags
 * and scripts removed and character references decoded, since an export that writes HTML escapes its titles too.
 */
public final class JsonParser implements ArticleParser {

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        JsonNode root = readTree(doc, DocumentText.nonBlank(doc));
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new ParseException(ParseException.Kind.EMPTY, doc.location(), "empty JSON array");
            }
            for (int i = 0; i < root.size(); i++) {
                JsonRecords.read(root.get(i), "item " + (i + 1) + ": ", problems, warnings)
                        .ifPresent(articles::add);
            }
        } else if (root.isObject()) {
            JsonRecords.read(root, "", problems, warnings).ifPresent(articles::add);
        } else {
            throw new ParseException(
                    ParseException.Kind.INVALID, doc.location(), "expected a JSON object or array of objects");
        }
        if (articles.isEmpty()) {
            throw new ParseException(
                    ParseException.Kind.INVALID, doc.location(), "no readable article: " + problems.getFirst());
        }
        return new ParseResult(articles, problems, warnings);
    }

    private static JsonNode readTree(SourceDocument doc, String text) throws ParseException {
        try {
            return JsonRecords.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    doc.location(),
                    "invalid JSON" + position + ": " + JsonRecords.describe(e),
                    e);
        }
    }
}
