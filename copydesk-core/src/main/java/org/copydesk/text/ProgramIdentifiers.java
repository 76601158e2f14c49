package org.copydesk.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program identifiers a text names in its prose: namespaced ({@code List::Util}), a call
 * ({@code shuffle()}), snake case ({@code cperl_mode}) or a long option ({@code --verbose}). A reference page
 * may hold no listing and still name a program's parts on every line; news copy names one at most. A URL, an
 * address or a handle is no identifier.
 */
final class ProgramIdentifiers {
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w.])(?:[A-Za-z]\\w*::\\w[\\w:]*|[A-Za-z_]\\w*\\(\\)|[a-z]+_[a-z][a-z_]*|--[a-z][\\w-]+)");
    /** Every identifier holds one of these: most tokens are answered without the pattern. */
    private static final String NEEDED = ":()_-";

    private ProgramIdentifiers() {
    }

    /** The distinct identifiers on the lines that are not code. */
    static int count(String text, List<TextAnalysis.Line> lines) {
        Set<String> found = new HashSet<>();
        for (TextAnalysis.Line line : lines) {
            if (line.kind() == LineKind.CODE || line.kind() == LineKind.BLANK) {
                continue;
            }
            for (String token : text.substring(line.start(), line.end()).split("\\s+")) {
                if (!Chars.anyOf(token, 0, token.length(), NEEDED) || token.indexOf('/') >= 0
                        || token.indexOf('@') >= 0 || token.startsWith("www.")) {
                    continue;
                }
                Matcher m = IDENTIFIER.matcher(token);
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        return found.size();
    }
}
