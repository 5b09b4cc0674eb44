package dev.lede.parse;

import java.util.List;
import org.apache.tika.metadata.Metadata;

/** The article fields a document's Tika metadata holds, under the names the various formats give them. */
record DocumentMetadata(Metadata metadata) {

    private static final String MAIL_HEADER = "Message:Raw-Header:";

    String title() {
        return first("dc:title", "dc:subject");
    }

    /** The sender's name for mail, else the document's creator. */
    String author() {
        return first("Message:From-Name", "dc:creator", "meta:author");
    }

    String date() {
        return first("dcterms:created", "dcterms:modified", "Creation-Date");
    }

    /** A "Source" custom property, the publisher, or a mail's Organization header. */
    String source() {
        return first(
                "custom:Source", "Source", "pdf:docinfo:custom:Source", "dc:publisher", MAIL_HEADER + "Organization");
    }

    /** A "URL" custom property, a web address as identifier, or a mail's Archived-At header (RFC 5064). */
    String url() {
        String url = first("custom:URL", "URL", "pdf:docinfo:custom:URL", "dc:identifier", MAIL_HEADER + "Archived-At");
        url = withoutAngleBrackets(url);
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    /** A mail's Message-ID, which stays the same wherever the message is saved. */
    String messageId() {
        return withoutAngleBrackets(first(MAIL_HEADER + "Message-ID"));
    }

    boolean hasMailHeaders() {
        return first("Message-From", "dc:subject", "dcterms:created") != null;
    }

    private String first(String... names) {
        for (String name : names) {
            for (String value : List.of(metadata.getValues(name))) {
                String present = PlainText.blankToNull(value);
                if (present != null) {
                    return present;
                }
            }
        }
        return null;
    }

    private static String withoutAngleBrackets(String value) {
        if (value != null && value.startsWith("<") && value.endsWith(">")) {
            return PlainText.blankToNull(value.substring(1, value.length() - 1));
        }
        return value;
    }
}
