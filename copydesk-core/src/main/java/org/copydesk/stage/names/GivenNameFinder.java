package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameLexicon.Entity;
import org.copydesk.lexicon.NameScripts;
import org.copydesk.text.TextAnalysis;

/**
 * A listed person's surname with a slightly wrong given name before it ("Gov. Gerry Brown"
 * when the list has Jerry Brown, governor of California): the given name is respelled only
 * when exactly one listed person with that surname has a given name within one edit (two
 * for long names) or with the same transliteration key, and the context confirms the person:
 * a title right before the name that the person's role in the list carries ("Gov." and
 * "governor"), or the document naming that person in full elsewhere. Without such evidence
 * the slip is only reported: "Gerry Brown" may well be somebody else.
 */
final class GivenNameFinder {
    static final String RULE = "NAME_GIVEN_NAME";
    private static final int MIN_LETTERS = 3;
    /** Abbreviated titles, spelled out as the role words of the names list's notes. */
    private static final Map<String, String> TITLE_ROLES = Map.ofEntries(
            Map.entry("gov", "governor"), Map.entry("governor", "governor"),
            Map.entry("sen", "senator"), Map.entry("senator", "senator"),
            Map.entry("rep", "representative"), Map.entry("representative", "representative"),
            Map.entry("pres", "president"), Map.entry("president", "president"),
            Map.entry("chancellor", "chancellor"), Map.entry("premier", "premier"),
            Map.entry("pm", "prime minister"), Map.entry("minister", "minister"),
            Map.entry("secretary", "secretary"), Map.entry("mayor", "mayor"), Map.entry("king", "king"),
            Map.entry("queen", "queen"), Map.entry("pope", "pope"), Map.entry("ambassador", "ambassador"),
            Map.entry("gen", "general"), Map.entry("general", "general"), Map.entry("envoy", "envoy"),
            Map.entry("speaker", "speaker"), Map.entry("leader", "leader"));
    /** Titles that say nothing about the role: they neither confirm nor rule out a person. */
    private static final Set<String> NEUTRAL = Set.of("mr", "mrs", "ms", "dr", "former", "then");

    private final NameLexicon names;
    private final Predicate<String> commonWord;

    GivenNameFinder(NameLexicon names, Predicate<String> commonWord) {
        this.names = names;
        this.commonWord = commonWord;
    }

    void find(Draft draft, TextAnalysis analysis, List<Mention> mentions, Set<Entity> named) {
        String text = draft.text();
        List<Token> tokens = Token.tokenise(text);
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.SHORT || m.isolated()) {
                continue;
            }
            int at = tokenIndexAt(tokens, m.start());
            if (at < 1) {
                continue;
            }
            Token given = tokens.get(at - 1);
            if (!text.substring(given.end(), m.start()).equals(" ") || !candidate(given)
                    || !analysis.inProse(given.start()) || analysis.touchesCode(given.start(), m.end())
                    || analysis.inQuotation(given.start(), m.end())) {
                continue;
            }
            List<Fit> fits = new ArrayList<>();
            for (NameLexicon.Match match : m.matches()) {
                Entity e = match.entity();
                if (!e.isPerson()) {
                    continue;
                }
                String right = closeGivenName(e, m.text(), given.text());
                if (right != null && fits.stream().noneMatch(f -> f.entity().equals(e))) {
                    fits.add(new Fit(e, right));
                }
            }
            if (fits.size() != 1) {
                continue;
            }
            Fit fit = fits.get(0);
            String title = at >= 2 ? role(tokens.get(at - 2).text()) : null;
            String note = fit.entity().note().toLowerCase(Locale.ROOT);
            boolean titleFits = title != null && note.contains(title);
            boolean inDocument = named.contains(fit.entity());
            String replacement = given.allCaps() ? fit.given().toUpperCase(Locale.ROOT) : fit.given();
            String who = fit.entity().canonical() + " (" + fit.entity().note() + ")";
            if (titleFits || inDocument) {
                String why = titleFits ? "the title before it fits the listed role" : "the document names " + fit.entity().canonical() + " in full";
                draft.replace(given.start(), given.end(), replacement, RULE, "names", inDocument && titleFits ? 0.9 : 0.85,
                        "given name one letter off " + who + "; " + why);
            } else if (title == null || NEUTRAL.contains(title) || !TITLE_ROLES.containsValue(title)) {
                draft.report(given.start(), given.end(), RULE, "names", 0.6,
                        "given name close to " + who + " with the same surname: check whether it is this person",
                        replacement);
            }
        }
    }

    private record Fit(Entity entity, String given) {
    }

    /** A capitalised Latin word that is no title, no English word and no word of any listed name. */
    private boolean candidate(Token t) {
        return t.script() == NameScripts.Script.LATIN && t.capitalised() && t.text().length() >= MIN_LETTERS
                && !names.isNameToken(t.text()) && !commonWord.test(t.text().toLowerCase(Locale.ROOT));
    }

    /** The role word a title before the name stands for, its own lower case when not a known role. */
    private static String role(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return TITLE_ROLES.getOrDefault(lower, lower);
    }

    /**
     * The listed given name of {@code e} (from its canonical spelling or a variant with this
     * surname) that {@code given} is a slip of, or null.
     */
    private String closeGivenName(Entity e, String surname, String given) {
        List<String> forms = new ArrayList<>();
        forms.add(e.canonical());
        forms.addAll(e.variants());
        String key = names.keys().transliteration(given);
        for (String form : forms) {
            int cut = form.lastIndexOf(' ');
            if (cut <= 0 || !names.keys().light(form.substring(cut + 1)).equals(names.keys().light(surname))) {
                continue;
            }
            String listed = form.substring(0, cut);
            if (listed.contains(" ") || listed.contains(".") || listed.equals(given)) {
                continue;
            }
            int limit = Math.min(listed.length(), given.length()) >= 6 ? 2 : 1;
            if (names.keys().transliteration(listed).equals(key) || editDistance(listed, given) <= limit) {
                return e.canonical().substring(0, e.canonical().lastIndexOf(' ')).contains(" ")
                        ? listed : e.canonical().substring(0, e.canonical().lastIndexOf(' '));
            }
        }
        return null;
    }

    /** Optimal string alignment distance (Levenshtein with neighbouring swaps), case-insensitive. */
    static int editDistance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }

    /** Binary search (the tokens are in text order): a scan per mention was quadratic on a long document. */
    static int tokenIndexAt(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() && tokens.get(lo).start() == start ? lo : -1;
    }
}
