package org.copydesk.stage.names;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.lexicon.NameScripts;

/** A run of letters, marks and digits of one script, in current coordinates. */
record Token(int start, int end, String text, NameScripts.Script script) {

    boolean capitalised() {
        return UCharacter.isUpperCase(text.codePointAt(0)) || UCharacter.isTitleCase(text.codePointAt(0));
    }

    boolean allCaps() {
        return text.codePoints().filter(UCharacter::isLetter).allMatch(UCharacter::isUpperCase) && text.length() > 1;
    }

    static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            NameScripts.Script script = null;
            while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
                if (UCharacter.isLetter(cp)) {
                    NameScripts.Script s = NameScripts.scriptOf(cp);
                    script = script == null || script == s ? s : NameScripts.Script.OTHER;
                }
                i += Character.charCount(cp);
            }
            tokens.add(new Token(start, i, text.substring(start, i), script == null ? NameScripts.Script.OTHER : script));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        int type = UCharacter.getType(cp);
        return UCharacter.isLetterOrDigit(cp) || type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK || cp == 0x200C || cp == 0x200D;
    }
}
