package org.copydesk.stage.artifacts.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The packaged Google Books word pairs, read back with counts on their log scale. */
class BookBigramsTest {
    @Test
    void theTablesPairsAreReadBackWithinTheirScale() {
        BookBigrams books = BookBigrams.get();
        System.out.printf("book bigrams: %d, floor %d, read in %d ms%n", books.size(), books.floor(), books.loadMillis());
        assertEquals(242_342, books.size());
        assertEquals(6_400_000, books.floor());
        // a listed pair comes back within a sixteenth of a doubling of its count
        long climate = books.count("climate", "change");
        assertTrue(climate > 200_000_000 && climate < 225_000_000, "climate change: " + climate);
        long floor = books.count("also", "helping");
        assertTrue(floor > 6_000_000 && floor < 6_800_000, "the rarest listed pair: " + floor);
    }

    @Test
    void aPhraseBooksWriteIsListedInEitherNumberAndASpunOneIsNot() {
        BookBigrams books = BookBigrams.get();
        assertTrue(books.countAnyNumber("nuclear", "weapon") > 100_000_000, "nuclear weapons, plural in the table");
        assertTrue(books.countAnyNumber("elected", "officials") > 0);
        assertTrue(books.countAnyNumber("safe", "haven") > 0, "a plain phrase with a synonym term (safe harbor)");
        assertEquals(0, books.countAnyNumber("elected", "functionaries"));
        assertEquals(0, books.countAnyNumber("income", "taxation"));
        assertEquals(0, books.count("weapons", "nuclear"));
    }
}
