package org.copydesk.stage.artifacts.spin;

/**
 * How a word of the text stands to a word of a known collocation, by WordNet.
 * A spinner swaps a word for a thesaurus synonym, so the original word is
 * usually in one of the spun word's synsets (STRONG); looser links (a direct
 * hypernym or hyponym, a word the gloss of one uses for the other) are only
 * evidence enough to report (WEAK).
 */
public enum Relation {
    NONE, WEAK, STRONG, SAME;

    public boolean atLeast(Relation other) {
        return compareTo(other) >= 0;
    }
}
