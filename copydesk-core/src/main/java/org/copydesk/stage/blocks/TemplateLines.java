package org.copydesk.stage.blocks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.core.Resources;

/**
 * Lines that recur in many files of one tree: a site's template (its menu,
 * its footer, its subscription box) rather than any one story. This is the
 * line-frequency method of web-corpus cleaners; the counting is done across
 * the tree by the batch ({@code org.copydesk.batch.TemplateLineCounter}),
 * which installs the result in the {@link Resources} of its {@code Copydesk}
 * before any file is cleaned. A single {@code clean} has none and the
 * evidence simply does not count. Recurring is evidence, not a verdict: the
 * line classifier weighs it with the line's shape, so a sentence of prose that
 * two stories share is not taken out for recurring.
 */
public final class TemplateLines {
    private static final String KEY = "blocks-template-lines";
    private static final TemplateLines NONE = new TemplateLines(Map.of(), 0);

    private final Map<String, Integer> filesByKey;
    private final int treeFiles;

    private TemplateLines(Map<String, Integer> filesByKey, int treeFiles) {
        this.filesByKey = Map.copyOf(filesByKey);
        this.treeFiles = treeFiles;
    }

    /** {@code filesByKey}: normalised line ({@link #key}) to the number of files it occurs in. */
    public static TemplateLines of(Map<String, Integer> filesByKey, int treeFiles) {
        return new TemplateLines(filesByKey, treeFiles);
    }

    public static TemplateLines none() {
        return NONE;
    }

    /** Makes {@code lines} the evidence for every later clean with these resources. */
    public static void install(Resources resources, TemplateLines lines) {
        holder(resources).set(lines);
    }

    static TemplateLines installed(Resources resources) {
        return holder(resources).get();
    }

    private static AtomicReference<TemplateLines> holder(Resources resources) {
        return resources.shared(KEY, () -> new AtomicReference<>(NONE));
    }

    public int size() {
        return filesByKey.size();
    }

    public int treeFiles() {
        return treeFiles;
    }

    boolean contains(String line) {
        return !filesByKey.isEmpty() && filesByKey.containsKey(key(line));
    }

    int files(String line) {
        return filesByKey.getOrDefault(key(line), 0);
    }

    /**
     * A line as the counting and the lookup both see it: without a leading bullet, curly quotes and
     * dashes folded, lower case, digits as 0 (a template's "© 2023" and "© 2024", "5 comments" and
     * "7 comments" are one line), spaces collapsed. Empty for a line with no letter.
     */
    public static String key(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
        s = s.replaceFirst("^[•·▪▸►◦‣∙●○■□◆◇*–—-]+\\s*", "");
        StringBuilder sb = new StringBuilder(s.length());
        boolean letter = false;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            letter |= Character.isLetter(c);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> '-';
                default -> Character.isDigit(c) ? '0' : c;
            });
        }
        return letter ? sb.toString().toLowerCase(Locale.ROOT) : "";
    }
}
