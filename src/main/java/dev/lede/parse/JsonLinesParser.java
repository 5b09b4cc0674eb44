package dev.lede.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JSON Lines: one article object per line, blank lines ignored, fields as in {@link JsonParser}. A bad line is
 * reported as a problem and the other lines are kept; the file fails only when no line gives an article.
 */
public final class JsonLinesParser implements ArticleParser {

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        List<String> lines = DocumentText.nonBlankUtf8(doc).lines().toList();
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            try {
                JsonNode record = JsonRecords.MAPPER.readTree(lines.get(i));
                JsonRecords.read(record, where, problems).ifPresent(articles::add);
            } catch (JsonProcessingException e) {
                problems.add(where + "invalid JSON: " + JsonRecords.describe(e));
            }
        }
        if (articles.isEmpty()) {
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    doc.location(),
                    "no readable line (" + problems.size() + " bad), first: " + problems.getFirst());
        }
        return new ParseResult(articles, problems);
    }
}
