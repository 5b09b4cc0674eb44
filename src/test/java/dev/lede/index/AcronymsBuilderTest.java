package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymsBuilderTest {

    @Test
    void eachAcronymIsKeptWithPointsUnlessItsLettersAreAStopWord() {
        assertEquals(
                List.of("EU => EU,E.U", "NATO => NATO,N.A.T.O", "US => US,U.S"),
                AcronymsBuilder.lines(Set.of("US", "IT", "NATO", "OR", "EU")));
    }

    @Test
    void thePointsGoBetweenTheLetters() {
        assertEquals("W.H.O", AcronymsBuilder.withPoints("WHO"));
    }
}
