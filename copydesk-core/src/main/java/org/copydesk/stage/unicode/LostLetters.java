package org.copydesk.stage.unicode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.text.TextAnalysis;

/**
 * A letter a converter could not write, lost from a word that the same document also writes whole:
 * "I have told Alberto (Fernndez)" beside "Fernández", "Fern?ndez" or "Fern\uFFFDndez" beside it. A pipeline
 * that writes ASCII or a legacy code page drops such a letter, or puts "?" or U+FFFD in its place; the
 * document's own spelling says which letter it was.
 *
 * <p>Evidence, all required: the damaged form is no English word; exactly one word of the document, with
 * letters outside ASCII, gives it when those letters are dropped (or each replaced by the mark); a dropped
 * letter needs a whole word of at least {@value #MIN_DROPPED_SOURCE} letters, since a short form may be
 * another name ("Jos" is a city, "José" a name). Code and links are left alone. Without the whole word in
 * the document nothing changes: which letter was lost is then a guess.
 */
final class LostLetters {
    static final String RULE = "LOST_LETTER";
    /** A word with a letter outside ASCII: the whole spelling a damaged form may come from. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A word with "?" or U+FFFD between letters where a letter was, or U+FFFD at its end ("?" there is a
     * question mark as often: "Bogot?" stays).
     */
    private static final Pattern MARKED = Pattern.compile("\\p{L}+(?:[?\uFFFD]\\p{L}+)+\uFFFD?|\\p{L}+\uFFFD");
    private static final int MIN_DROPPED_SOURCE = 5;

    private LostLetters() {
    }

    static void propose(Draft draft, Supplier<EnglishLexicon> lexicon) {
        String t = draft.text();
        if (t.chars().allMatch(c -> c < 0x80)) {
            return; // no whole spelling outside ASCII to restore from: most English text ends here
        }
        Map<String, Set<String>> dropped = new HashMap<>();
        Map<String, Set<String>> marked = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            String word = w.group();
            if (!hasNonAsciiLatinLetter(word)) {
                continue;
            }
            uses.merge(word, 1, Integer::sum);
            if (word.length() >= MIN_DROPPED_SOURCE) {
                dropped.computeIfAbsent(strip(word, ""), k -> new HashSet<>()).add(word);
            }
            marked.computeIfAbsent(strip(word, "?"), k -> new HashSet<>()).add(word);
        }
        if (uses.isEmpty()) {
            return;
        }
        TextAnalysis analysis = draft.analysis();
        EnglishLexicon english = null;
        Matcher m = MARKED.matcher(t);
        while (m.find()) {
            String whole = only(marked.get(m.group().replace('\uFFFD', '?')));
            if (whole != null && !analysis.touchesCode(m.start(), m.end())) {
                restore(draft, m.start(), m.end(), whole, uses.get(whole), "in its place stands \""
                        + (m.group().indexOf('?') >= 0 ? "?" : "U+FFFD") + "\"");
            }
        }
        w.reset();
        while (w.find()) {
            String whole = only(dropped.get(w.group()));
            if (whole == null || analysis.touchesCode(w.start(), w.end()) || markedAround(t, w.start(), w.end())) {
                continue;
            }
            english = english == null ? lexicon.get() : english; // loaded only for text that needs it
            if (!english.isWord(w.group())) {
                restore(draft, w.start(), w.end(), whole, uses.get(whole), "\"" + w.group() + "\" is no English word");
            }
        }
    }

    private static void restore(Draft draft, int start, int end, String whole, int uses, String evidence) {
        draft.replace(start, end, whole, RULE, "encoding", 0.9, "a letter lost in conversion: the document writes \""
                + whole + "\" " + (uses == 1 ? "once" : uses + " times") + ", and " + evidence);
    }

    /** A mark next to the word is the lost letter's place: the marked form is read, or left, as a whole. */
    private static boolean markedAround(String t, int start, int end) {
        return start > 0 && "?\uFFFD".indexOf(t.charAt(start - 1)) >= 0
                || end < t.length() && "?\uFFFD".indexOf(t.charAt(end)) >= 0;
    }

    /** The one member of the set, or null when there is none or more than one. */
    private static String only(Set<String> words) {
        return words == null || words.size() != 1 ? null : words.iterator().next();
    }

    /** The word with each letter outside ASCII replaced by {@code mark} ("" drops it). */
    private static String strip(String word, String mark) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                b.append(c);
            } else {
                b.append(mark);
            }
        }
        return b.toString();
    }

    /** Latin script only: a Greek or Cyrillic word dropped to nothing is no damaged form of anything. */
    private static boolean hasNonAsciiLatinLetter(String word) {
        boolean any = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
