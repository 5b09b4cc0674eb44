package dev.lede.parse;

import java.util.Arrays;

/** The fixture is made by {@code src/test/resources/parse/documents/} (see the README there). */
class DocxDocumentParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new DocumentParser();
    }

    @Override
    String extension() {
        return "docx";
    }

    @Override
    byte[] brokenContent() {
        byte[] whole = fixture("contract/article.docx").content();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    @Override
    String binaryRejection() {
        return "not a readable document";
    }
}
