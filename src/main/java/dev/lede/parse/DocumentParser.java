package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PDF, Word (DOCX, DOC), OpenDocument text, RTF and single e-mail messages ({@code .eml}), read with Apache Tika: one
 * article per file, its title, author, date, publisher and address from the document's own metadata.
 */
public final class DocumentParser implements ArticleParser {

    @Override
    public Set<String> extensions() {
        return TikaDocuments.extensions();
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        DocumentText.requireNonBlank(doc, new String(doc.content(), StandardCharsets.ISO_8859_1));
        ArticleDraft draft = TikaDocuments.read(doc, doc.extension());
        if (!draft.hasText()) {
            throw new ParseException(ParseException.Kind.EMPTY, doc.location(), "no text in the document");
        }
        List<String> warnings = new ArrayList<>();
        return new ParseResult(List.of(draft.toArticle("", warnings)), List.of(), warnings);
    }
}
