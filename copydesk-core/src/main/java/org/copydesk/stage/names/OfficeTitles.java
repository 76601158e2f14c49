package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.dict.Dictionaries;
import org.copydesk.text.TextAnalysis;

/**
 * An office or ministry whose title word is capitalised but whose portfolio is not
 * ("Secretary of economy", "Ministry of foreign affairs"): Spanish and Portuguese
 * write "Secretario de Economía" but many translations lower-case the portfolio, and
 * the mixed case is the tell. The capital on the title word is the document's own
 * choice to treat it as a name, so the portfolio follows it; a title in lower case
 * ("the minister of finance") is a house style and stays.
 */
final class OfficeTitles {
    static final String RULE = "NAME_OFFICE_CASE";
    private final Pattern pattern;

    OfficeTitles(List<String> portfolios) {
        List<String> sorted = new ArrayList<>(portfolios);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String p : sorted) {
            alt.append(alt.length() > 0 ? "|" : "").append(Pattern.quote(p));
        }
        this.pattern = Pattern.compile("\\b(?:Minister|Ministry|Secretary|Secretariat|Department)\\s+(?:of|for)\\s+(?:the\\s+)?("
                + alt + ")(?![\\p{L}-])");
    }

    static OfficeTitles load(Dictionaries dictionaries) {
        List<String> list = new ArrayList<>();
        for (Dictionaries.Row row : dictionaries.table("names/portfolios.tsv")) {
            list.add(row.get(0));
        }
        return new OfficeTitles(list);
    }

    void fix(Draft draft, TextAnalysis analysis) {
        Matcher m = pattern.matcher(draft.text());
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            if (!analysis.inProse(s) || analysis.touchesCode(m.start(), m.end())) {
                continue;
            }
            String fixed = titleCase(m.group(1));
            draft.replace(s, e, fixed, RULE, "names", 0.85, "'" + m.group().substring(0, m.start(1) - m.start()).strip()
                    + "' is capitalised as a title, so its portfolio is part of the name");
        }
    }

    private static String titleCase(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.equals("and") ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return sb.toString();
    }
}
