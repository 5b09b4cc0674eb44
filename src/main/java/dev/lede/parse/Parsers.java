package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsers in use, chosen by file extension. */
public final class Parsers {

    private final Map<String, ArticleParser> byExtension = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two parsers claim the same extension
     */
    public Parsers(List<ArticleParser> parsers) {
        for (ArticleParser parser : parsers) {
            for (String extension : parser.extensions()) {
                ArticleParser previous = byExtension.putIfAbsent(normalize(extension), parser);
                if (previous != null) {
                    throw new IllegalArgumentException("two parsers for extension '" + extension + "'");
                }
            }
        }
    }

    /** Plain text, JSON, JSON Lines and HTML. */
    public static Parsers standard() {
        return new Parsers(List.of(new TextParser(), new JsonParser(), new JsonLinesParser(), new HtmlParser()));
    }

    /** The parser for an extension, given with or without the dot, in any case. */
    public Optional<ArticleParser> forExtension(String extension) {
        return Optional.ofNullable(byExtension.get(normalize(extension)));
    }

    /** Every extension some parser reads. */
    public Set<String> extensions() {
        return Set.copyOf(byExtension.keySet());
    }

    public boolean supports(SourceDocument doc) {
        return byExtension.containsKey(doc.extension());
    }

    /**
     * Parses the document with the parser for its extension.
     *
     * @throws ParseException of kind {@link ParseException.Kind#UNSUPPORTED} when no parser reads the extension
     */
    public ParseResult parse(SourceDocument doc) throws ParseException {
        ArticleParser parser = byExtension.get(doc.extension());
        if (parser == null) {
            String extension = doc.extension().isEmpty() ? "no extension" : "extension '." + doc.extension() + "'";
            throw new ParseException(
                    ParseException.Kind.UNSUPPORTED,
                    doc.location(),
                    "unsupported file type (" + extension + "); supported: "
                            + String.join(
                                    ", ", byExtension.keySet().stream().sorted().toList()));
        }
        return parser.parse(doc);
    }

    private static String normalize(String extension) {
        String lower = extension.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(".") ? lower.substring(1) : lower;
    }
}
