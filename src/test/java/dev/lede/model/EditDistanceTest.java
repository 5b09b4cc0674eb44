package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({"basel, basle, 1", "kyiv, kiev, 2", "kharkov, kharkiv, 1", "abc, abc, 0", "'', abc, 3"})
    void countsASwapOfNeighboursAsOneEdit(String a, String b, int distance) {
        assertEquals(distance, EditDistance.between(a, b));
    }
}
