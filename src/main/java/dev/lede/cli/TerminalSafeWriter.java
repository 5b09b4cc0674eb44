package dev.lede.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text to a terminal without the characters that control it: a title scraped from the web can hold escape
 * sequences that recolour, retitle or rewrite the screen, or bidirectional overrides that reorder what is read. Line
 * breaks and tabs stay; every other control character, and the bidi controls, are dropped.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    static boolean isShown(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        boolean control = Character.getType(c) == Character.CONTROL;
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
        return !control && !bidi;
    }

    @Override
    public void write(int c) throws IOException {
        if (isShown(c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
