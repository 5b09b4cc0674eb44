package dev.lede.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML markup found inside text fields (JSON bodies, pasted text, feed entries) into plain text with
 * paragraphs, and tells such markup from text that merely holds {@code <}, {@code >} or {@code &}.
 *
 * <p>Text holds markup ({@link #holdsMarkup}) when it has at least one tag that only HTML would write: a closing tag
 * of an HTML element ({@code </b>}, {@code </p>}), a tag of an element that gives text its structure or breaks its
 * lines ({@code <p>}, {@code <br/>}, {@code <div>}, {@code <li>}, {@code <h2>}, {@code <html>}), or the tag of any
 * HTML element with an attribute ({@code <a href="…">}, {@code <img src=x>}). Nothing else makes text markup: not a
 * comparison ({@code x < y and y > z}), not an inline tag name standing alone ({@code a<b> tag}), and not a character
 * reference ({@code AT&amp;T}, {@code &lt;script&gt;}), all of which are kept as written.
 */
final class HtmlText {

    /** Elements a writer of HTML uses; their closing tags, or their tags with attributes, mark text as HTML. */
    private static final String ELEMENTS = "a|abbr|article|aside|audio|b|big|blockquote|body|br|caption|center|cite"
            + "|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head|header|hr|html|i|iframe|img|ins|kbd"
            + "|li|main|mark|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strike|strong|style|sub"
            + "|sup|table|tbody|td|template|tfoot|th|thead|time|tr|u|ul|video";

    /** Elements that give text its paragraphs and lines: a tag of one of them marks text as HTML by itself. */
    private static final String STRUCTURE =
            "article|aside|blockquote|body|br|div|dl|dt|dd|figure|figcaption|footer|h[1-6]|header|hr|html|li|main"
                    + "|ol|p|pre|section|table|td|th|tr|ul";

    private static final Pattern MARKUP = Pattern.compile(
            "</(" + ELEMENTS + ")\\s*>" // a closing tag
                    + "|<(" + STRUCTURE + ")(\\s[^<>]*)?/?>" // a structure tag, with or without attributes
                    + "|<(" + ELEMENTS + ")[\\s/]+[a-z][a-z-]*\\s*=", // any element's tag with an attribute
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

    /** Whether the text holds HTML markup, by the rule in the class comment. */
    static boolean holdsMarkup(String text) {
        return text != null && text.indexOf('<') >= 0 && MARKUP.matcher(text).find();
    }

    /**
     * The visible text of an HTML fragment, one paragraph per block element, character references decoded, scripts
     * and styles left out. Only for text known to be HTML: plain text would lose what looks like a tag or a reference.
     */
    static String toPlainText(String html) {
        if (html == null) {
            return null;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
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
