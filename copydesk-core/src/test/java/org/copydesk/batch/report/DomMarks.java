package org.copydesk.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marks in a dumped DOM, as the page's classes and data attributes left them. */
record DomMarks(String kind, String family, double confidence, boolean off) {
    private static final Pattern MARK = Pattern.compile(
            "<(?:span|mark|tr) class=\"m (ed|rm|fd|lo)((?: [a-z]+)*)\" data-fam=\"([^\"]*)\" data-conf=\"([^\"]*)\"");

    static List<DomMarks> of(String dom) {
        List<DomMarks> out = new ArrayList<>();
        Matcher m = MARK.matcher(dom);
        while (m.find()) {
            out.add(new DomMarks(m.group(1), m.group(3), Double.parseDouble(m.group(4)),
                    (" " + m.group(2) + " ").contains(" off ")));
        }
        return out;
    }

    static String status(String dom) {
        Matcher m = Pattern.compile("<p id=\"status\" role=\"status\">([^<]*)</p>").matcher(dom);
        return m.find() ? m.group(1) : null;
    }
}
