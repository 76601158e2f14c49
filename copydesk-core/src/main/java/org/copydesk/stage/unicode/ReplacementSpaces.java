package org.copydesk.stage.unicode;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.EnglishLexicon;

/**
 * U+FFFD between two words where a no-break space was lost in a bad decoding
 * ("Breast Cancer\uFFFDis\uFFFDcommon"): the no-break space (C2 A0 in UTF-8,
 * A0 in Latin-1) is the character most often mangled between words.
 *
 * <p>Evidence: letters on both sides, both sides are English words in
 * LanguageTool's dictionary and their concatenation is not, and the document
 * shows the same damage at least twice or the words are frequent. Anything
 * else (a lost accented letter inside a name: "Fern\uFFFDndez") stays a finding.
 */
final class ReplacementSpaces {
    static final String RULE = "REPLACEMENT_CHAR_SPACE";
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\p{L}+)\uFFFD(?=(\\p{L}+))");
    private static final int FREQUENT = 12;

    private ReplacementSpaces() {
    }

    static void propose(Draft draft, Supplier<EnglishLexicon> lexicon) {
        String t = draft.text();
        if (t.indexOf('\uFFFD') < 0) {
            return;
        }
        EnglishLexicon english = lexicon.get(); // loaded only for text that needs it
        int between = 0;
        Matcher m = BETWEEN_WORDS.matcher(t);
        while (m.find()) {
            between++;
        }
        m.reset();
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            int at = m.end(1);
            boolean words = english.isWord(left) && english.isWord(right) && !english.isWord(left + right);
            if (!words) {
                draft.report(at, at + 1, "REPLACEMENT_CHAR", "encoding", 0.5,
                        "a character was lost in decoding (U+FFFD); it cannot be recovered from its place", null);
                continue;
            }
            boolean frequent = english.frequency(left) >= FREQUENT && english.frequency(right) >= FREQUENT;
            double confidence = between >= 2 ? 0.9 : frequent ? 0.85 : 0.6;
            draft.replace(at, at + 1, " ", RULE, "encoding", confidence,
                    "U+FFFD between two English words (\"" + left + "\", \"" + right + "\") whose join is not a word"
                            + (between >= 2 ? ", and the document has " + between + " such" : "")
                            + ": a lost no-break space");
        }
    }
}
