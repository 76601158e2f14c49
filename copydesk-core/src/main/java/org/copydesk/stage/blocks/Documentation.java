package org.copydesk.stage.blocks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.text.TextAnalysis;

/**
 * A manual, a reference page or a tutorial is not a scraped news page, and its own furniture reads like page
 * chrome: a "SEE ALSO" or "AUTHOR" heading, a bibliography of bare links and "by" lines, a copyright notice,
 * a list of module names, a paragraph it prints twice on purpose. So in a document that holds program code,
 * the blocks stage reports what it would remove and removes nothing.
 *
 * <p>Evidence: lines that are code twice over, by their layout ({@link CodeBlocks}: indented, fenced, in a
 * literal block) and by their words ({@link TextAnalysis#readsAsCode}: statements, prompts, dense
 * operators). Layout alone is not enough, since a scrape can indent a menu; words alone are not either, since
 * a page's script residue sits at the margin. A reference page may hold no listing but name the program's
 * parts in its prose ({@code Module::Build}, {@code shuffle()}, {@code cperl_mode}, {@code --verbose}): each
 * distinct identifier counts as a line of code. News copy, scraped or not, has fewer than
 * {@link #MIN_CODE_LINES} of both together (dev-wild: at most one identifier on a page, no code line).
 */
final class Documentation {
    /**
     * A program's identifier in prose: namespaced ({@code List::Util}), a call ({@code shuffle()}), snake case
     * ({@code cperl_mode}) or a long option ({@code --verbose}). A URL, an address or a handle is no identifier.
     */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w.])(?:[A-Za-z]\\w*::\\w[\\w:]*|[A-Za-z_]\\w*\\(\\)|[a-z]+_[a-z][a-z_]*|--[a-z][\\w-]+)");
    /** Lines of code that make a document documentation: one listing of a few statements, or a few snippets. */
    static final int MIN_CODE_LINES = 3;
    /** A removal's confidence is scaled by this in documentation, which puts every row below the apply threshold. */
    private static final double DISCOUNT = 0.6;

    private Documentation() {
    }

    /** The lines that are code by layout and by words, plus the distinct identifiers the other lines name. */
    static int codeLines(List<Block> blocks, boolean[] code) {
        int lines = 0;
        Set<String> identifiers = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (code[i] && TextAnalysis.readsAsCode(blocks.get(i).raw())) {
                lines++;
            } else if (!code[i]) {
                collectIdentifiers(blocks.get(i).raw(), identifiers);
            }
        }
        return lines + identifiers.size();
    }

    private static void collectIdentifiers(String line, Set<String> out) {
        for (String token : line.split("\\s+")) {
            if (token.indexOf('/') >= 0 || token.indexOf('@') >= 0 || token.startsWith("www.")) {
                continue;
            }
            Matcher m = IDENTIFIER.matcher(token);
            while (m.find()) {
                out.add(m.group());
            }
        }
    }

    /** In documentation every removal becomes a finding, its reason naming the evidence. */
    static void reportOnly(Verdict[] verdicts, int codeLines) {
        if (codeLines < MIN_CODE_LINES) {
            return;
        }
        for (int i = 0; i < verdicts.length; i++) {
            Verdict v = verdicts[i];
            if (v != null && v.removes()) {
                verdicts[i] = new Verdict(v.label(), v.rule(), v.confidence() * DISCOUNT, v.reason()
                        + "; reported only: the document holds " + codeLines + " lines or identifiers of program code, a manual"
                        + " whose own headings, links and notices read like page chrome", v.metadata());
            }
        }
    }
}
