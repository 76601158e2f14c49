package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;

/**
 * Apostrophes dropped by scrapers. Forms that are never words without one
 * ({@code spacing/apostrophes.tsv}: "todays", "didnt") are repaired; a known
 * name plus "s" that is not a word itself, followed by a noun ("Pfizers
 * vaccine", "South Africas economy"), becomes a possessive; anything less
 * certain is reported. Text inside quotation marks is verbatim and keeps its
 * own spelling, and code is never touched.
 *
 * <p>The document's own usage weighs in for a possessive: the last part of a
 * hyphenated name ("Gramm-Rudman-Hollings law") is a name, and a form the
 * text repeats without ever writing the stem's possessive with its apostrophe
 * is the text's spelling of a name ending in -s, so it is only reported.
 */
final class ApostropheRule implements SpacingRule {
    static final String RULE_FORM = "APOSTROPHE_DROPPED";
    static final String RULE_POSSESSIVE = "APOSTROPHE_POSSESSIVE";
    private static final Pattern WORD_THEN_NEXT = Pattern.compile("\\b(\\p{L}+)\\b(?:[ ]+(\\p{L}+))?");
    private static final Pattern DEMONYM = Pattern.compile(".*(?:ite|ee|ian|ean|ene|ist|ese)");
    /** Words before a plural that make "the Kennedys", "two Koreas" a plural, not a possessive. */
    private static final Set<String> PLURAL_CUES = Set.of("the", "two", "three", "both", "all", "many", "several",
            "these", "those", "some", "other", "rival");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        Matcher m = WORD_THEN_NEXT.matcher(view.text);
        int from = 0;
        while (from < view.text.length() && m.find(from)) {
            from = m.end(1);
            String token = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            if (token.length() < 4 || view.isQuoted(start) || view.isCode(start, end)
                    || end < view.text.length() && "'’".indexOf(view.text.charAt(end)) >= 0) {
                continue;
            }
            var listed = lexicon.apostrophe(token);
            if (listed.isPresent() && (Words.isAllLower(token) || Words.isCapitalised(token))) {
                String fixed = Character.isUpperCase(token.charAt(0)) ? Words.capitalise(listed.get().fixed())
                        : listed.get().fixed();
                draft.replace(start, end, fixed, RULE_FORM, PUNCTUATION, listed.get().confidence(),
                        "apostrophe dropped");
                continue;
            }
            if (token.endsWith("s") && !token.endsWith("ss") && !lexicon.isWhole(token)) {
                possessive(view, lexicon, draft, token, start, end, m.group(2));
            }
        }
    }

    private static void possessive(TextView view, SpacingLexicon lexicon, Draft draft, String token, int start,
                                   int end, String next) {
        String stem = token.substring(0, token.length() - 1);
        // a proper noun only ("Africa", "Japan", not "Here"), and not a people or follower ("Gibeonites")
        boolean properStem = Words.isCapitalised(token) && !DEMONYM.matcher(stem).matches()
                && (lexicon.isName(stem) || lexicon.frequencyExact(stem) >= 0
                        && lexicon.frequencyExact(stem) > lexicon.frequencyExact(stem.toLowerCase(Locale.ROOT)));
        // "companys", "citys": a noun in -y has its plural in -ies, so -ys can only be a possessive
        boolean yNoun = Words.isAllLower(token) && stem.matches(".*[^aeiou]y") && lexicon.frequencyExact(stem) >= 8
                && SpacingLexicon.canBeNoun(stem) && next != null && SpacingLexicon.canBeNoun(next);
        if (!properStem && !yNoun || next == null || !Words.isAllLower(next) || !lexicon.isWord(next)) {
            return;
        }
        if (start > 0 && "-‐".indexOf(view.text.charAt(start - 1)) >= 0) {
            return;
        }
        String fixed = stem + "'s";
        String previous = previousWord(view.text, start);
        boolean pluralCue = previous != null && PLURAL_CUES.contains(previous.toLowerCase(Locale.ROOT));
        boolean nounFollows = SpacingLexicon.isNounOrAdjectiveOnly(next);
        double confidence = yNoun ? 0.85 : !pluralCue && nounFollows ? 0.8 : 0.5;
        String reason = "possessive without its apostrophe";
        int uses = view.tokenCount(token);
        if (uses > 1 && !view.hasToken(stem + "'s") && !view.hasToken(stem + "’s")) {
            confidence = Math.min(confidence, 0.45);
            reason += ", but the text writes \"" + token + "\" " + uses + " times and never \"" + fixed
                    + "\": a name ending in -s";
        }
        draft.replace(start, end, fixed, RULE_POSSESSIVE, PUNCTUATION, confidence, reason);
    }

    private static String previousWord(String text, int before) {
        int i = before - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end > i + 1 ? text.substring(i + 1, end) : null;
    }
}
