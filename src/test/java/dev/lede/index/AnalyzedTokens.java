package dev.lede.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** What an analyzer makes of a text, written so that a test can compare it. */
final class AnalyzedTokens {

    private AnalyzedTokens() {}

    /** Each token, "+" where it starts a position and "/n" where it spans n positions. */
    static List<String> of(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add((increment.getPositionIncrement() > 0 ? "+" : "")
                        + term
                        + (length.getPositionLength() > 1 ? "/" + length.getPositionLength() : ""));
            }
            stream.end();
        }
        return tokens;
    }
}
