package dev.lede.parse;

import java.util.Arrays;

/** The fixture is made by {@code src/test/resources/parse/warc/make-fixtures.py}. */
class ArcParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new WarcParser();
    }

    @Override
    String extension() {
        return "arc";
    }

    @Override
    byte[] brokenContent() {
        byte[] whole = fixture("contract/article.arc").content();
        return Arrays.copyOf(whole, whole.length - 300);
    }

    @Override
    String binaryRejection() {
        return "malformed web-archive record";
    }
}
