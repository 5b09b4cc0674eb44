package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sentence with four digits marked in brackets ("founded in [1945] by"), as the year rules' tests write it. */
record MarkedDigits(String text, int begin) {

    /** The sentence without its brackets, and where the four digits begin in it. */
    static MarkedDigits of(String marked) {
        int begin = marked.indexOf('[');
        assertEquals(begin + 5, marked.indexOf(']'), marked);
        return new MarkedDigits(marked.replace("[", "").replace("]", ""), begin);
    }

    int end() {
        return begin + 4;
    }
}
