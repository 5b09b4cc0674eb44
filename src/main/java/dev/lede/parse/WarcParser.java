package dev.lede.parse;

import dev.lede.source.SourceDocument;
import dev.lede.source.SourceInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web crawls in WARC (and the older ARC) format, read record by record with jwarc: every successful HTML response is
 * a page read as {@link HtmlParser} reads a saved page, with the record's target URI as its URL and its capture date
 * as its date when the page gives neither. Other records (requests, metadata, images, redirects) are passed over.
 * Gzipped crawls ({@code .warc.gz}) come decompressed through {@link GzipParser}.
 */
public final class WarcParser implements StreamingParser {

    private static final int HTTP_OK = 200;
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlParser html = new HtmlParser();

    @Override
    public Set<String> extensions() {
        return Set.of("warc", "arc");
    }

    @Override
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        long records = 0;
        long pages = 0;
        try (InputStream in = BlankInput.requireContent(input.open(), input.location());
                WarcReader reader = new WarcReader(in)) {
            for (Optional<WarcRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                records++;
                if (record.get() instanceof WarcResponse response && isHtmlPage(response)) {
                    pages += readPage(input.location(), response, listener);
                }
            }
        } catch (ParsingException | EOFException | IllegalArgumentException malformed) {
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    input.location(),
                    "malformed web-archive record after " + records + " records (" + malformed.getMessage() + ")",
                    malformed);
        }
        if (pages == 0) {
            throw new ParseException(
                    ParseException.Kind.EMPTY, input.location(), "no article among " + records + " records");
        }
    }

    private static boolean isHtmlPage(WarcResponse response) throws IOException {
        try {
            return response.http().status() == HTTP_OK
                    && HTML_TYPES.contains(response.http().contentType().base().toString());
        } catch (ParsingException notHttp) {
            return false;
        }
    }

    /** The number of articles the page gave: 0 or 1. */
    private int readPage(String location, WarcResponse response, ParseListener listener) throws IOException {
        String target = response.target();
        try (InputStream body = response.http().bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes((int) Parsers.MAX_WHOLE_DOCUMENT_BYTES + 1);
            if (bytes.length > Parsers.MAX_WHOLE_DOCUMENT_BYTES) {
                listener.problem(location, target + ": page too large to read");
                return 0;
            }
            HtmlParser.Served served = new HtmlParser.Served(
                    target,
                    response.date().toString(),
                    charsetOf(response.http().contentType()));
            ParseResult result = html.parse(new SourceDocument(target, bytes), served);
            result.problems().forEach(problem -> listener.problem(location, target + ": " + problem));
            result.articles().forEach(listener::article);
            result.warnings().forEach(warning -> listener.warning(location, target + ": " + warning));
            return result.articles().size();
        } catch (ParseException unreadable) {
            listener.problem(location, unreadable.getMessage());
            return 0;
        }
    }

    private static Optional<Charset> charsetOf(MediaType contentType) {
        String name = contentType.parameters().get("charset");
        return name == null ? Optional.empty() : TextEncodings.named(name);
    }
}
