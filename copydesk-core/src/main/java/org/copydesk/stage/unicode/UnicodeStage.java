package org.copydesk.stage.unicode;

import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;

/**
 * Unicode hygiene in four passes, each committed before the next looks:
 * invisible characters, odd character forms, NFC, quote style. A quick scan
 * lets text with none of these characters through at once.
 */
public final class UnicodeStage implements Stage {
    private static final boolean[] INVISIBLE = new boolean[0x10000];
    private static final boolean[] FORM = new boolean[0x10000];
    private static final boolean[] MARK = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            INVISIBLE[c] = InvisibleChars.isCandidate((char) c);
            FORM[c] = CharacterForms.isCandidate((char) c);
            MARK[c] = org.copydesk.text.Chars.isMark((char) c);
        }
    }

    private final Resources resources;
    private final NfcNormalizer nfc = new NfcNormalizer();

    public UnicodeStage(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String id() {
        return "unicode";
    }

    @Override
    public void warmUp(CleanOptions options) {
        forms();
    }

    private CharacterForms forms() {
        return resources.shared("unicode.forms", () -> CharacterForms.load(resources.dictionaries()));
    }

    @Override
    public void process(Draft draft) {
        String t = draft.text();
        boolean invisible = false;
        boolean form = false;
        boolean mark = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            invisible |= INVISIBLE[c];
            form |= FORM[c];
            mark |= MARK[c];
        }
        if (mark) {
            CombiningPiles.propose(draft);
            draft.commit();
            t = draft.text();
        }
        if (invisible) {
            Scripts.RtlLines rtl = new Scripts.RtlLines(t);
            for (int i = 0; i < t.length(); i++) {
                if (INVISIBLE[t.charAt(i)]) {
                    InvisibleChars.propose(draft, i, rtl);
                }
            }
            draft.commit();
            if (mark) {
                // a control or zero-width character between two runs of marks (three acute accents, U+001A, seven more)
                // hid one pile as two; gone, it is one, which the second clean would trim
                CombiningPiles.propose(draft);
                draft.commit();
            }
        }
        if (form) {
            CharacterForms forms = forms();
            t = draft.text();
            for (int i = 0; i < t.length(); ) {
                i = FORM[t.charAt(i)] ? forms.propose(draft, i) : i + 1;
            }
            draft.commit();
        }
        nfc.propose(draft);
        draft.commit();
        // before the U+FFFD rules: a mark the document's own spelling restores is no lost space or unknown letter
        LostLetters.propose(draft, resources::english);
        draft.commit();
        ApostropheSubstitutes.propose(draft);
        ReplacementSpaces.propose(draft, resources::english);
        GuillemetQuotes.propose(draft, resources::english);
        draft.commit();
        QuoteStyler.propose(draft, draft.options().quotes());
    }
}
