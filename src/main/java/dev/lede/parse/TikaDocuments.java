package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Office documents, PDFs and e-mail messages read with Apache Tika: the text as paragraphs, and title, author, date,
 * publisher and address from the document's own metadata (document properties, PDF info, mail headers).
 */
final class TikaDocuments {

    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "eml");
    private static final Set<String> ZIP_BASED = Set.of("docx", "odt");
    private static final int ZIP_DIRECTORY_END_MIN_LENGTH = 22;
    private static final int ZIP_DIRECTORY_END_MAX_LENGTH = ZIP_DIRECTORY_END_MIN_LENGTH + 0xFFFF;

    static Set<String> extensions() {
        return EXTENSIONS;
    }

    /** Built on first use: loading Tika's parsers takes a moment that runs without documents should not pay. */
    private static final class Tika {
        // Chosen by extension, not detected: a broken PDF must fail as a PDF, not pass as some other type with no
        // text. Tika's parsers are stateless and thread-safe.
        static final Map<String, Parser> BY_EXTENSION = Map.of(
                "pdf", new PDFParser(),
                "docx", new OOXMLParser(),
                "doc", new OfficeParser(),
                "odt", new OpenDocumentParser(),
                "rtf", new RTFParser(),
                "eml", new RFC822Parser());
        // For the parts of a mail message (an HTML body) and other embedded documents.
        static final Parser EMBEDDED = new AutoDetectParser();
    }

    private TikaDocuments() {}

    /**
     * The document as one article draft, without checking that it has any text.
     *
     * @param extension the format to read it as: one of {@link #extensions()}
     */
    static ArticleDraft read(SourceDocument doc, String extension) throws ParseException {
        if (ZIP_BASED.contains(extension) && !endsWithZipDirectory(doc.content())) {
            // Tika reads a cut-off zip as far as it goes and would call a truncated document empty.
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    doc.location(),
                    "not a readable document (truncated: no zip directory)");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(doc.location()));
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        ParseContext context = new ParseContext();
        context.set(Parser.class, Tika.EMBEDDED);
        try {
            Tika.BY_EXTENSION.get(extension).parse(new ByteArrayInputStream(doc.content()), xhtml, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ParseException(ParseException.Kind.INVALID, doc.location(), "encrypted document");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new ParseException(
                    ParseException.Kind.INVALID, doc.location(), "not a readable document (" + reason(e) + ")", e);
        }
        DocumentMetadata meta = new DocumentMetadata(metadata);
        if (extension.equals("eml") && !meta.hasMailHeaders()) {
            // The mail parser reads anything; without a single header it was not a message.
            throw new ParseException(
                    ParseException.Kind.INVALID, doc.location(), "not an e-mail message (no From, Subject or Date)");
        }
        return new ArticleDraft(
                meta.messageId(),
                meta.title(),
                paragraphs(xhtml.toString()),
                meta.date(),
                meta.source(),
                meta.url(),
                meta.author());
    }

    /** Whether the end-of-central-directory record, which ends every complete zip file, is there. */
    private static boolean endsWithZipDirectory(byte[] content) {
        int earliest = Math.max(0, content.length - ZIP_DIRECTORY_END_MAX_LENGTH);
        for (int at = content.length - ZIP_DIRECTORY_END_MIN_LENGTH; at >= earliest; at--) {
            if (content[at] == 'P' && content[at + 1] == 'K' && content[at + 2] == 5 && content[at + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** One paragraph per block, its lines joined: PDF and plain-text mail wrap lines inside a paragraph. */
    private static String paragraphs(String xhtml) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parse(xhtml).body().select("p, h1, h2, h3, h4, h5, h6, li, pre")) {
            for (String paragraph : block.wholeText().split("\\n\\s*\\n")) {
                String joined = PlainText.oneLine(paragraph);
                if (joined != null) {
                    paragraphs.add(joined);
                }
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String fileName(String location) {
        return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
