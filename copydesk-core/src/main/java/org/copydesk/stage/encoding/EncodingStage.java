package org.copydesk.stage.encoding;

import java.util.Locale;
import java.nio.charset.Charset;
import java.util.List;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;

/**
 * Repairs text that went through the wrong character encoding: HTML
 * character references, mojibake (UTF-8 read as a single-byte code page, once
 * or several times over, alone or mixed into correct text), and C1 control
 * characters that stand for Windows-1252 punctuation. Lost bytes are reported,
 * never guessed.
 */
public final class EncodingStage implements Stage {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final Resources resources;

    public EncodingStage(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String id() {
        return "encoding";
    }

    @Override
    public void warmUp(org.copydesk.CleanOptions options) {
        entities();
        fixer();
    }

    private HtmlEntities entities() {
        return resources.shared("encoding.entities", () -> HtmlEntities.load(resources.dictionaries()));
    }

    private MojibakeFixer fixer() {
        return resources.shared("encoding.mojibake", () -> new MojibakeFixer(
                CodePages.load(resources.dictionaries()), CharTables.load(resources.dictionaries())));
    }

    @Override
    public void process(Draft draft) {
        if (draft.text().indexOf('&') >= 0) {
            for (HtmlEntities.Reference r : entities().find(draft.text())) {
                if (draft.analysis().lineAt(r.start()).kind() == LineKind.CODE) {
                    // in code a character reference is what the code says (an escaping example, markup)
                    continue;
                }
                boolean twice = r.layers() > 1;
                draft.replace(r.start(), r.end(), r.text(), twice ? "HTML_ENTITY_DOUBLE" : "HTML_ENTITY", "encoding",
                        0.95, twice ? "HTML character reference escaped " + r.layers() + " times"
                                : "HTML character reference");
            }
            draft.commit();
        }
        if (!hasHighChars(draft.text())) {
            return;
        }
        MojibakeFixer fixer = fixer();
        MojibakeFixer.FirstLayer first = fixer.firstLayer(draft.text());
        java.util.Set<Integer> hopeless = first.hopeless();
        java.util.Set<Integer> peeled = java.util.Set.of();
        java.util.Set<Integer> peeledBefore = java.util.Set.of();
        for (int layer = 0; layer < MojibakeFixer.LAYERS; layer++) {
            String before = draft.text();
            // a line no fix touched in the last two layers was last read unchanged and at the same strength
            // (the weaker one is for lines just peeled): it has nothing more to give, and is not read again
            java.util.Set<Integer> changed = new java.util.HashSet<>(peeled);
            changed.addAll(peeledBefore);
            List<MojibakeFixer.Fix> fixes = layer == 0 ? first.fixes() : fixer.find(before, hopeless, peeled, changed);
            if (fixes.isEmpty()) {
                break;
            }
            peeledBefore = peeled;
            peeled = MojibakeFixer.lineNumbers(before, fixes);
            for (MojibakeFixer.Fix f : fixes) {
                String reason = layer == 0 ? f.reason() : f.reason() + " (encoded " + (layer + 1) + " times)";
                draft.replace(f.start(), f.end(), f.replacement(), f.rule(), "encoding", f.confidence(), reason);
                if (f.lost()) {
                    draft.report(f.start(), f.end(), "MOJIBAKE_LOST_BYTES", "encoding", f.confidence(),
                            "bytes of this character were lost before it was misread; shown as U+FFFD", null);
                }
            }
            draft.commit();
        }
        String text = draft.text();
        for (MojibakeFixer.Flag flag : fixer.truncated(text)) {
            if (LostQuoteRepair.tryRepair(draft, text, flag)) {
                continue;
            }
            draft.report(flag.start(), flag.end(), "MOJIBAKE_LOST_BYTES", "encoding", 0.5, flag.message(),
                    flag.suggestion());
        }
        fixC1Controls(draft, text);
    }

    /** C1 controls left over are Windows-1252 punctuation read as Latin-1. */
    private static void fixC1Controls(Draft draft, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String s = new String(new byte[] {(byte) c}, CP1252);
                if (s.charAt(0) != '\uFFFD') {
                    draft.replace(i, i + 1, s, "MOJIBAKE_C1", "encoding", 0.9,
                            "C1 control U+00" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " is Windows-1252 " + s);
                }
            }
        }
    }

    private static boolean hasHighChars(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }
}
