package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * The context an artifact entry needs before it may apply, written in the
 * tables as terms separated by ';', all of which must hold; '!' negates a term.
 * <ul>
 * <li>{@code next=a|b|@set} / {@code prev=...}: the word right after / before the match, in the same sentence</li>
 * <li>{@code after=...} / {@code before=...}: one of the next / previous four words of the sentence</li>
 * <li>{@code nextpos=REGEX} / {@code prevpos=REGEX}: a tagger reading of that word (Penn tags)</li>
 * <li>{@code near=UN|United Nations}: one of these words (case as written) in the same or a neighbouring paragraph</li>
 * <li>{@code punctafter=,}: the text right after the match starts with one of these characters</li>
 * <li>{@code start}: the match opens a sentence or clause; {@code spun}: the document shows other spinner signatures</li>
 * </ul>
 * Word alternatives: a literal lower-case word, {@code @set} (wordsets.tsv),
 * {@code @cap}, {@code @lower}, {@code @num}, {@code @year}, {@code @none} (no word there).
 */
final class Condition {
    private static final int WINDOW = 4;
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    private interface Term {
        boolean test(Document doc, int first, int last, boolean spun);
    }

    private final List<Term> terms;
    private final boolean usesSpun;
    private final String source;

    private Condition(List<Term> terms, boolean usesSpun, String source) {
        this.terms = terms;
        this.usesSpun = usesSpun;
        this.source = source;
    }

    static final Condition ALWAYS = new Condition(List.of(), false, "");

    static Condition parse(String text) {
        if (text.isBlank() || text.equals("-")) {
            return ALWAYS;
        }
        List<Term> terms = new ArrayList<>();
        boolean spun = false;
        for (String raw : text.split(";")) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            boolean negate = part.startsWith("!");
            if (negate) {
                part = part.substring(1);
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            Term term = switch (key) {
                case "next" -> (d, f, l, s) -> wordMatches(d, d.view.at(l + 1), f, value);
                case "prev" -> (d, f, l, s) -> wordMatches(d, d.view.at(f - 1), f, value);
                case "after" -> (d, f, l, s) -> anyInWindow(d, f, l + 1, 1, value);
                case "before" -> (d, f, l, s) -> anyInWindow(d, f, f - 1, -1, value);
                case "nextpos" -> posTerm(value, 1);
                case "prevpos" -> posTerm(value, -1);
                case "near" -> nearTerm(value);
                case "punctafter" -> (d, f, l, s) -> {
                    String gap = d.view.gapAfter(l);
                    return !gap.isEmpty() && value.indexOf(gap.charAt(0)) >= 0;
                };
                case "start" -> (d, f, l, s) -> d.view.clauseStart(f);
                case "spun" -> (d, f, l, s) -> s;
                default -> throw new IllegalArgumentException("unknown condition '" + key + "' in: " + text);
            };
            if (key.equals("spun")) {
                spun = true;
            }
            terms.add(negate ? (d, f, l, s) -> !term.test(d, f, l, s) : term);
        }
        return new Condition(List.copyOf(terms), spun, text);
    }

    boolean test(Document doc, int first, int last, boolean spunDocument) {
        for (Term t : terms) {
            if (!t.test(doc, first, last, spunDocument)) {
                return false;
            }
        }
        return true;
    }

    boolean usesSpun() {
        return usesSpun;
    }

    @Override
    public String toString() {
        return source;
    }

    private static Term posTerm(String regex, int direction) {
        Pattern tag = Pattern.compile(regex);
        return (d, f, l, s) -> {
            int i = direction > 0 ? l + 1 : f - 1;
            Token t = d.view.at(i);
            return t != null && d.view.sameSentence(i, f) && d.tagger().mayBe(t.text(), tag);
        };
    }

    private static Term nearTerm(String value) {
        List<Pattern> phrases = new ArrayList<>();
        for (String p : value.split("\\|")) {
            phrases.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()) + "(?![\\p{L}\\p{N}])"));
        }
        return (d, f, l, s) -> {
            Token first = d.view.get(f);
            int lo = paragraphBound(d.view, first.paragraph() - 1, true);
            int hi = paragraphBound(d.view, first.paragraph() + 1, false);
            String region = d.view.text().substring(lo, hi);
            return phrases.stream().anyMatch(p -> p.matcher(region).find());
        };
    }

    /** Start offset of paragraph p (when {@code start}) or end offset of it, clamped to the text. */
    static int paragraphBound(TextView view, int paragraph, boolean start) {
        // the tokens' paragraph numbers never decrease: binary searches, not scans (asked per match, quadratic)
        if (start) {
            int first = firstWithParagraphAbove(view, paragraph - 1);
            if (first < view.size()) {
                return view.text().lastIndexOf('\n', Math.max(0, view.get(first).start() - 1)) + 1;
            }
            return 0;
        }
        int last = firstWithParagraphAbove(view, paragraph) - 1;
        if (last >= 0) {
            int nl = view.text().indexOf('\n', view.get(last).end());
            return nl < 0 ? view.text().length() : nl;
        }
        return view.text().length();
    }

    /** Index of the first token whose paragraph is above {@code paragraph}, or the token count. */
    private static int firstWithParagraphAbove(TextView view, int paragraph) {
        int lo = 0;
        int hi = view.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (view.get(mid).paragraph() <= paragraph) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean anyInWindow(Document doc, int anchor, int from, int step, String alternatives) {
        for (int k = 0, i = from; k < WINDOW; k++, i += step) {
            Token t = doc.view.at(i);
            if (t == null || !doc.view.sameSentence(i, anchor)) {
                return false;
            }
            if (wordMatches(doc, t, anchor, alternatives)) {
                return true;
            }
        }
        return false;
    }

    /** Does token t (null when absent or in another sentence) match one of the '|' alternatives? */
    static boolean wordMatches(Document doc, Token t, int anchor, String alternatives) {
        if (t != null && !doc.view.sameSentence(t.index(), anchor)) {
            t = null;
        }
        for (String alt : alternatives.split("\\|")) {
            if (matchesOne(doc, t, alt.strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(Document doc, Token t, String alt) {
        if (alt.equals("@none")) {
            return t == null;
        }
        if (t == null) {
            return false;
        }
        return switch (alt) {
            case "@cap" -> t.capitalised();
            case "@lower" -> t.lowerCase();
            case "@num" -> t.numeric();
            case "@year" -> YEAR.matcher(t.text()).matches();
            default -> alt.startsWith("@") ? doc.sets.contains(alt.substring(1), t.lower())
                    : t.lower().equals(alt.toLowerCase(Locale.ROOT));
        };
    }
}
