package org.copydesk.stage.foreign;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence of the current text and its words, with the questions about
 * word positions the foreign stage asks: are two words separated by spaces
 * only, does a word start the sentence, what English word stands next to it.
 */
record Sentence(String text, int start, List<Token> words) {
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "both", "each", "every", "another", "whose", "two", "three",
            "several", "many", "some", "all", "other", "new", "former");
    static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "for", "with", "by", "at", "from", "to",
            "about", "into", "over", "under", "after", "before", "against", "between", "and", "or", "but");
    static final Set<String> SUBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which",
            "also", "then", "will", "would", "to", "not", "could", "should", "can", "may", "might", "must");

    static Sentence of(String text, int from, int to) {
        return new Sentence(text, from, Token.words(text, from, to));
    }

    int size() {
        return words.size();
    }

    Token word(int i) {
        return words.get(i);
    }

    /** Word i in lower case, or "" outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < words.size() ? words.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    boolean isDeterminer(int i) {
        return DETERMINERS.contains(lower(i));
    }

    /** Words a..b are separated by single spaces only (no punctuation between them). */
    boolean spacedOnly(int a, int b) {
        for (int k = a; k < b; k++) {
            for (int p = words.get(k).end(); p < words.get(k + 1).start(); p++) {
                if (text.charAt(p) != ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Word i starts the sentence, a quotation or a clause after a colon. */
    boolean initial(int i) {
        if (i == 0) {
            return true;
        }
        int p = words.get(i).start() - 1;
        while (p >= start && " \t\"“‘«(¿¡'".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        char before = text.charAt(words.get(i).start() - 1);
        return p < start || ":.!?\n".indexOf(text.charAt(p)) >= 0 || before != ' ' && "“\"«¿¡".indexOf(before) >= 0;
    }

    /** "Robert D. Sprecht": the word follows an initial and its full stop, so it is a name, not a sentence start. */
    boolean afterInitial(int i) {
        if (i == 0) {
            return false;
        }
        Token prev = words.get(i - 1);
        return prev.text().length() == 1 && prev.capitalised()
                && text.substring(prev.end(), words.get(i).start()).equals(". ");
    }

    /** "Mr. de la Fuente": a short capitalised abbreviation and its full stop start a name. */
    boolean titleAbbreviation(int i) {
        Token t = words.get(i);
        return t.capitalised() && t.text().length() <= 4 && t.end() < text.length() && text.charAt(t.end()) == '.';
    }

    /** German nouns are capitalised: a capitalised word between lower-case ones (or after a first "The"). */
    boolean germanNounPosition(int i) {
        boolean prevLower = i > 0 && (!words.get(i - 1).capitalised() || i == 1 && isDeterminer(0));
        boolean nextLower = i + 1 >= words.size() || !words.get(i + 1).capitalised();
        return prevLower && nextLower;
    }

    /** The next word opens a noun phrase ("segundo the central bank", "según Reuters"). */
    boolean beforeNounPhrase(int i) {
        return i + 1 < words.size() && (isDeterminer(i + 1) || words.get(i + 1).capitalised());
    }
}
