package dev.lede.parse;

import dev.lede.source.SourceDocument;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsers in use, chosen by file extension; gzip and zip containers are always read. */
public final class Parsers {

    /** Inputs in formats that are parsed whole are refused above this size rather than exhaust memory. */
    public static final long MAX_WHOLE_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private final Map<String, ArticleParser> byExtension = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two parsers claim the same extension
     */
    public Parsers(List<ArticleParser> parsers) {
        List<ArticleParser> withContainers = new ArrayList<>(parsers);
        withContainers.add(new GzipParser(this));
        withContainers.add(new ZipParser(this, ZipParser.Limits.DEFAULT));
        for (ArticleParser parser : withContainers) {
            for (String extension : parser.extensions()) {
                ArticleParser previous = byExtension.putIfAbsent(normalize(extension), parser);
                if (previous != null) {
                    throw new IllegalArgumentException("two parsers for extension '" + extension + "'");
                }
            }
        }
    }

    /** Plain text, JSON, JSON Lines and HTML, alone or in {@code .gz} and {@code .zip} containers. */
    public static Parsers standard() {
        return new Parsers(List.of(
                new TextParser(),
                new JsonParser(),
                new JsonLinesParser(),
                new HtmlParser(),
                new FeedParser(),
                new WarcParser(),
                new DocumentParser(),
                new MboxParser()));
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
        return supports(doc.location());
    }

    /** Whether some parser reads inputs with this location's extension, looking through a {@code .gz} suffix. */
    public boolean supports(String location) {
        String extension = SourceDocument.extensionOf(location);
        if (extension.equals(GzipParser.EXTENSION)) {
            return supports(GzipParser.uncompressedName(location));
        }
        return byExtension.containsKey(extension);
    }

    /**
     * Reads the input with the parser for its extension, handing on each article as it is read: record by record for
     * a {@link StreamingParser}, otherwise as one document of at most {@link #MAX_WHOLE_DOCUMENT_BYTES}.
     *
     * @throws ParseException when no parser reads it, or it is too large, empty or unreadable as a whole
     * @throws IOException when it cannot be read
     */
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        readAs(input.location(), input, listener);
    }

    /**
     * Reads the input with the parser for the extension of {@code formatName}, which may differ from the input's
     * location (a gzipped file is named by its location but read as the file inside).
     */
    void readAs(String formatName, SourceInput input, ParseListener listener) throws ParseException, IOException {
        ArticleParser parser = parserFor(formatName, input.location());
        if (parser instanceof StreamingParser streaming) {
            streaming.read(input, listener);
            return;
        }
        ParseResult result = parser.parse(new SourceDocument(input.location(), readBounded(input)));
        result.problems().forEach(problem -> listener.problem(input.location(), problem));
        result.articles().forEach(listener::article);
        result.warnings().forEach(warning -> listener.warning(input.location(), warning));
    }

    /**
     * Parses the document with the parser for its extension.
     *
     * @throws ParseException of kind {@link ParseException.Kind#UNSUPPORTED} when no parser reads the extension
     */
    public ParseResult parse(SourceDocument doc) throws ParseException {
        return parserFor(doc.location(), doc.location()).parse(doc);
    }

    private ArticleParser parserFor(String formatName, String location) throws ParseException {
        String extension = SourceDocument.extensionOf(formatName);
        ArticleParser parser = byExtension.get(extension);
        if (parser == null) {
            String named = extension.isEmpty() ? "no extension" : "extension '." + extension + "'";
            throw new ParseException(
                    ParseException.Kind.UNSUPPORTED,
                    location,
                    "unsupported file type (" + named + "); supported: "
                            + String.join(
                                    ", ", byExtension.keySet().stream().sorted().toList()));
        }
        return parser;
    }

    private static byte[] readBounded(SourceInput input) throws ParseException, IOException {
        if (input.size() > MAX_WHOLE_DOCUMENT_BYTES) {
            throw tooLarge(input);
        }
        try (InputStream in = input.open()) {
            byte[] bytes = in.readNBytes((int) MAX_WHOLE_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_WHOLE_DOCUMENT_BYTES) {
                throw tooLarge(input);
            }
            return bytes;
        }
    }

    private static ParseException tooLarge(SourceInput input) {
        return new ParseException(
                ParseException.Kind.TOO_LARGE,
                input.location(),
                "too large to read whole (over " + MAX_WHOLE_DOCUMENT_BYTES / (1024 * 1024) + " MB)");
    }

    private static String normalize(String extension) {
        String lower = extension.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(".") ? lower.substring(1) : lower;
    }
}
