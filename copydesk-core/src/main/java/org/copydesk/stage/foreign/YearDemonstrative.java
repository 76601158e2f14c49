package org.copydesk.stage.foreign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Spanish, Portuguese, Italian and French put a demonstrative before a bare
 * year ("en este 2020", "neste 2021", "in questo 2022", "en cette année 2020"
 * is the French form); a word-for-word translation gives "in this 2020", which
 * English never writes: the year alone is the phrase ("in 2020"). Only a
 * preposition, the demonstrative and a year closed by punctuation qualify, so
 * "this 2020 election" (the year as a modifier) stays.
 */
final class YearDemonstrative {
    static final String RULE = "FOREIGN_YEAR_DEMONSTRATIVE";
    private static final Pattern CALQUE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:in|during|throughout|since|for|of)\\s+((?:this|that)\\s+)(?:1[89]|20)\\d\\d(?=\\s*[,.;:!?)])");

    private YearDemonstrative() {
    }

    static void fix(Draft draft) {
        TextAnalysis analysis = draft.analysis();
        Matcher m = CALQUE.matcher(draft.text());
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            if (analysis.lineAt(s).kind() != LineKind.PROSE || analysis.touchesCode(m.start(), m.end())
                    || analysis.inQuotation(m.start(), m.end())) {
                continue;
            }
            draft.replace(s, e, "", RULE, "foreign", 0.85,
                    "a demonstrative before a bare year closed by punctuation is the Romance 'en este 2020'; English writes the year alone");
        }
    }
}
