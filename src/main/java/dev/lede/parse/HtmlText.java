package dev.lede.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns HTML markup found inside text fields (JSON bodies, pasted text) into plain text with paragraphs. */
final class HtmlText {

    // Only real tag names count, so "a < b > c" or "<3" in plain text is left alone.
    private static final Pattern MARKUP = Pattern.compile(
            "</?(p|br|div|span|a|b|i|em|strong|u|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img|table|tr|td"
                    + "|section|article|header|footer|script|style)(\\s[^<>]*)?/?>|&(amp|lt|gt|quot|nbsp|#\\d+);",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "figure",
            "figcaption",
            "hr");

    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template");

    private HtmlText() {}

    /** The text unchanged when it holds no markup; otherwise its visible text, one paragraph per block element. */
    static String toPlainText(String text) {
        if (text == null
                || (text.indexOf('<') < 0 && text.indexOf('&') < 0)
                || !MARKUP.matcher(text).find()) {
            return text;
        }
        Element body = Jsoup.parseBodyFragment(text).body();
        body.select(String.join(",", NOT_TEXT)).remove();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    out.append(textNode.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        // Spaces at line starts come from indentation between tags, not from the text.
        return out.toString().replaceAll("(?m)^[ \\t]+", "");
    }
}
