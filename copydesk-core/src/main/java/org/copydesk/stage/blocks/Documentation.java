package org.copydesk.stage.blocks;

import org.copydesk.text.TextAnalysis;

/**
 * A manual, a reference page or a tutorial is not a scraped news page, and its own furniture reads like page
 * chrome: a "SEE ALSO" or "AUTHOR" heading, a bibliography of bare links, a copyright notice, a list of module
 * names, a paragraph it prints twice on purpose. So in a document about a program, the blocks stage reports
 * what it would remove and removes nothing.
 *
 * <p>Evidence: {@link TextAnalysis#isManual()}, from the lines that are code by layout and by words plus the
 * program identifiers the prose names. News copy, scraped or not, has fewer than
 * {@link TextAnalysis#MANUAL_EVIDENCE} (dev-wild: at most one identifier on a page, no code line).
 */
final class Documentation {
    private Documentation() {
    }

    /** In documentation every removal becomes a finding, its reason naming the evidence. */
    static void reportOnly(Verdict[] verdicts, TextAnalysis analysis) {
        String why = "; reported only: " + analysis.manualEvidence()
                + " whose own headings, links and notices read like page chrome";
        for (int i = 0; i < verdicts.length; i++) {
            Verdict v = verdicts[i];
            if (v != null && v.removes()) {
                verdicts[i] = v.scaled(TextAnalysis.MANUAL_DOUBT, why);
            }
        }
    }
}
