package dev.lede.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.Article;
import dev.lede.source.SourceInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Lines: one article object per line, blank lines ignored, fields as in {@link JsonParser}. A bad line is
 * reported as a problem and the other lines are kept; the file fails only when no line gives an article. Read line by
 * line, so a file of any size is read in bounded memory.
 */
public final class JsonLinesParser implements StreamingParser {

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        long articles = 0;
        long badLines = 0;
        String firstProblem = null;
        long lineNumber = 0;
        try (BufferedReader reader = TextStreams.reader(input)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> problems = new ArrayList<>(1);
                List<String> warnings = new ArrayList<>(0);
                Optional<Article> article = readLine(line, "line " + lineNumber + ": ", problems, warnings);
                problems.forEach(problem -> listener.problem(input.location(), problem));
                if (article.isPresent()) {
                    articles++;
                    listener.article(article.get());
                    warnings.forEach(warning -> listener.warning(input.location(), warning));
                } else {
                    badLines++;
                    firstProblem = firstProblem == null ? problems.getFirst() : firstProblem;
                }
            }
        } catch (CharacterCodingException e) {
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    input.location(),
                    "not UTF-8 text after all (line " + (lineNumber + 1) + ")");
        }
        if (articles == 0) {
            if (badLines == 0) {
                throw new ParseException(ParseException.Kind.EMPTY, input.location(), "empty document");
            }
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    input.location(),
                    "no readable line (" + badLines + " bad), first: " + firstProblem);
        }
    }

    private static Optional<Article> readLine(String line, String where, List<String> problems, List<String> warnings) {
        try {
            JsonNode record = JsonRecords.MAPPER.readTree(line);
            return JsonRecords.read(record, where, problems, warnings);
        } catch (JsonProcessingException e) {
            problems.add(where + "invalid JSON: " + JsonRecords.describe(e));
            return Optional.empty();
        }
    }
}
