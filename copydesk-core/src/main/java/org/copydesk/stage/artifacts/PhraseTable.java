package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * Artifact phrases and what they stand for, from the tables in
 * dictionaries/artifacts. Columns: artifact, replacement, rule id,
 * confidence, condition (see {@link Condition}; "-" for none), and an
 * optional fallback "CONFIDENCE [CONDITION]" used when the condition fails
 * (a confidence under the apply threshold makes the hit a finding), and a note.
 * An artifact written with capitals matches only as written; one in lower case
 * matches in lower case, capitalised at the start of a sentence, or in a
 * title-case run, and the replacement takes the same case.
 */
final class PhraseTable {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*");

    /** One artifact: its words, the text between them, and when it may apply. */
    record Entry(List<String> words, List<String> gaps, boolean exactCase, String replacement, String rule,
                 double confidence, Condition when, double fallbackConfidence, Condition fallback, String note) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    static PhraseTable load(Dictionaries dictionaries, List<String> files) {
        PhraseTable table = new PhraseTable();
        Map<String, Entry> byKey = new java.util.LinkedHashMap<>();
        for (String file : files) {
            for (Dictionaries.Row row : dictionaries.table(file)) {
                Entry e = parse(row);
                // a later row (a user file) for the same artifact, rule and condition replaces the earlier one
                byKey.put(row.get(0) + "\t" + e.rule() + "\t" + e.when(), e);
            }
        }
        for (Entry e : byKey.values()) {
            table.byFirstWord.computeIfAbsent(e.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> list : table.byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Entry e) -> -e.words().size()));
        }
        return table;
    }

    /** True when an entry starts with these two words: the table, with its own context conditions, decides them. */
    boolean knows(String first, String second) {
        for (Entry e : byFirstWord.getOrDefault(first.toLowerCase(Locale.ROOT), List.of())) {
            if (e.words().size() >= 2 && e.words().get(1).equalsIgnoreCase(second)) {
                return true;
            }
        }
        return false;
    }

    private static Entry parse(Dictionaries.Row row) {
        if (row.size() < 4) {
            throw row.error("need at least 4 columns: artifact, replacement, rule, confidence");
        }
        String artifact = row.get(0);
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Matcher m = WORD.matcher(artifact);
        int prev = -1;
        while (m.find()) {
            if (prev >= 0) {
                gaps.add(normalise(artifact.substring(prev, m.start())));
            }
            words.add(m.group());
            prev = m.end();
        }
        if (words.isEmpty()) {
            throw row.error("artifact has no words: " + artifact);
        }
        boolean exact = !artifact.equals(artifact.toLowerCase(Locale.ROOT));
        String rule = row.get(2);
        Rules.category(rule);
        double confidence = Double.parseDouble(row.get(3));
        Condition when = Condition.parse(row.get(4));
        double fallbackConfidence = -1;
        Condition fallback = null;
        String fb = row.get(5);
        if (!fb.isBlank() && !fb.equals("-")) {
            int sp = fb.indexOf(' ');
            fallbackConfidence = Double.parseDouble(sp < 0 ? fb : fb.substring(0, sp));
            fallback = Condition.parse(sp < 0 ? "" : fb.substring(sp + 1));
        }
        return new Entry(List.copyOf(words), List.copyOf(gaps), exact, row.get(1), rule, confidence, when,
                fallbackConfidence, fallback, row.get(6));
    }

    private static String normalise(String gap) {
        return gap.replaceAll("\\s+", " ");
    }

    /** Every match in the document, longest first at each word, at most one per word. */
    void find(Document doc, boolean spunDocument, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 0; i < view.size(); i++) {
            List<Entry> candidates = byFirstWord.get(view.get(i).lower());
            if (candidates == null) {
                continue;
            }
            // every entry's own condition first; only then the fallbacks, so a decisive row wins
            Hit hit = null;
            for (int pass = 0; pass < 2 && hit == null; pass++) {
                for (Entry e : candidates) {
                    String casing = matchCase(view, i, e);
                    if (casing != null) {
                        hit = decide(doc, i, i + e.words().size() - 1, e, casing, spunDocument, pass == 1);
                        if (hit != null) {
                            break;
                        }
                    }
                }
            }
            if (hit != null) {
                out.add(hit);
                i = view.firstAtOrAfter(hit.end()) - 1;
            }
        }
    }

    private static Hit decide(Document doc, int first, int last, Entry e, String casing, boolean spun,
                              boolean fallbackPass) {
        int start = doc.view.get(first).start();
        int end = doc.view.get(last).end();
        String replacement = applyCase(casing, e.replacement());
        String found = doc.view.text().substring(start, end);
        String reason = (e.note().isEmpty() ? "" : e.note() + ": ") + "'" + found + "' for '" + replacement + "'";
        // "an irregular woodland" -> "a random forest": the article follows the new first word
        TextView.Token article = doc.view.at(first - 1);
        if (article != null && (article.lower().equals("a") || article.lower().equals("an"))
                && doc.view.gapBefore(first).equals(" ")) {
            String wanted = Articles.indefinite(replacement);
            if (!wanted.equals(article.lower())) {
                start = article.start();
                replacement = (article.capitalised() ? capitalise(wanted) : wanted) + " " + replacement;
            }
        }
        if (!fallbackPass && e.when().test(doc, first, last, spun)) {
            Hit h = new Hit(start, end, replacement, e.rule(), e.confidence(), reason, false, false);
            return e.when().usesSpun() ? h.needingSpun() : h;
        }
        if (fallbackPass && e.fallback() != null && e.fallback().test(doc, first, last, spun)) {
            Hit h = new Hit(start, end, replacement, e.rule(), e.fallbackConfidence(),
                    reason + " (context not decisive)", false, false);
            return e.fallback().usesSpun() ? h.needingSpun() : h;
        }
        return null;
    }

    /**
     * How the words at i match the entry: null for no match, else "exact",
     * "lower", "first" (capitalised opening word), "title" or "upper".
     */
    private static String matchCase(TextView view, int i, Entry e) {
        int n = e.words().size();
        if (i + n > view.size()) {
            return null;
        }
        boolean allLower = true;
        boolean allCapitalised = true;
        boolean allUpper = true;
        for (int k = 0; k < n; k++) {
            Token t = view.get(i + k);
            String want = e.words().get(k);
            if (e.exactCase() ? !t.text().equals(want) : !t.lower().equals(want)) {
                return null;
            }
            if (k > 0 && !normalise(view.gapBefore(i + k)).equals(e.gaps().get(k - 1))) {
                return null;
            }
            allLower &= t.text().equals(t.lower());
            allCapitalised &= t.capitalised();
            allUpper &= t.allCaps();
        }
        if (e.exactCase()) {
            // "White Home Blues": a capitalised word after it makes the run another name, not this one spun
            Token after = view.at(i + n);
            boolean nameGoesOn = after != null && after.capitalised() && view.sameSentence(i, i + n)
                    && view.gapBefore(i + n).equals(" ");
            return nameGoesOn ? null : "exact";
        }
        if (allLower) {
            // "10sion rose": a spin that starts with a digit still opens the sentence
            boolean opensSentence = view.sentenceStart(view.get(i).sentence()) == i;
            return view.get(i).numeric() && opensSentence ? "first" : "lower";
        }
        if (allUpper) {
            return "upper";
        }
        Token first = view.get(i);
        boolean restLower = true;
        for (int k = 1; k < n; k++) {
            restLower &= view.get(i + k).lowerCase() || view.get(i + k).numeric();
        }
        if (first.capitalised() && restLower && view.clauseStart(i)) {
            return "first";
        }
        if (allCapitalised && n > 1 || spunTitle(view, i, n)) {
            return "title";
        }
        return null;
    }

    /**
     * A title-case run whose last word was spun into a phrase: the spinner capitalised only the
     * phrase's first word ("Bosom Malignant growth" for Breast Cancer), so two or more capitalised
     * words are followed by lower-case ones.
     */
    private static boolean spunTitle(TextView view, int i, int n) {
        int capitalised = 0;
        while (capitalised < n && view.get(i + capitalised).capitalised()) {
            capitalised++;
        }
        for (int k = capitalised; k < n; k++) {
            if (!view.get(i + k).lowerCase()) {
                return false;
            }
        }
        return capitalised >= 2 && capitalised < n;
    }

    private static String applyCase(String casing, String replacement) {
        return switch (casing) {
            case "upper" -> replacement.toUpperCase(Locale.ROOT);
            case "first" -> capitalise(replacement);
            case "title" -> {
                StringBuilder sb = new StringBuilder();
                for (String w : replacement.split(" ", -1)) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(capitalise(w));
                }
                yield sb.toString();
            }
            default -> replacement;
        };
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(cp)).append(s, Character.charCount(cp),
                s.length()).toString();
    }
}
