package org.copydesk.stage.spacing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.Contractions;

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
    static final String RULE_CONTEXT = "APOSTROPHE_CONTRACTION";
    static final String RULE_TIME = "APOSTROPHE_TIME_POSSESSIVE";
    /** Contractions whose bare form is also a word ("wont": habit; "cant": jargon): repaired by context only. */
    private static final java.util.Map<String, String> AMBIGUOUS = java.util.Map.of("wont", "won't", "cant", "can't");
    /** Before "wont"/"cant" these make it the noun ("as is his wont", "the cant of the age"). */
    private static final Set<String> NOUN_CUES = Set.of("his", "her", "their", "its", "my", "your", "our", "the",
            "a", "an", "this", "that", "of", "was", "is");
    private static final Pattern TIME_PLURAL = Pattern.compile(
            "(?=[tTlLnN])(?i:(this|that|last|next))[ ]+((?:week|month|year|day|decade|century|season|quarter|weekend)s)[ ]+"
                    + "(\\p{Ll}+)(?:[ ]+(\\p{L}+)|\\s*([.,;:!?]))?");
    /** Before "last weeks" these make it a plural ("the last weeks", "in recent weeks"). */
    private static final Set<String> PLURAL_TIME_CUES = Set.of("the", "these", "those", "few", "recent", "past",
            "coming", "first", "several", "many");
    private static final Pattern WORD_THEN_NEXT = Pattern.compile("\\b(\\p{L}+)\\b(?:[ ]+(\\p{L}+))?");
    private static final Pattern NEXT_WORD = Pattern.compile("[ ]+(\\p{L}+)");
    private static final Pattern DEMONYM = Pattern.compile(".*(?:ite|ee|ian|ean|ene|ist|ese)");
    /** Words before a plural that make "the Kennedys", "two Koreas" a plural, not a possessive. */
    private static final Set<String> PLURAL_CUES = Set.of("the", "two", "three", "both", "all", "many", "several",
            "these", "those", "some", "other", "rival");

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        timePossessives(view, lexicon, draft);
        Matcher m = WORD_THEN_NEXT.matcher(view.text);
        int from = 0;
        while (from < view.text.length() && m.find(from)) {
            from = m.end(1);
            String token = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            if (token.length() < 2 || view.isQuoted(start) || view.isCode(start, end)
                    || end < view.text.length() && "'’".indexOf(view.text.charAt(end)) >= 0
                    || start > 0 && "'’".indexOf(view.text.charAt(start - 1)) >= 0) {
                continue;
            }
            var listed = token.length() < 4 ? java.util.Optional.<SpacingLexicon.Apostrophe>empty()
                    : lexicon.apostrophe(token);
            if (listed.isPresent() && (Words.isAllLower(token) || Words.isCapitalised(token))) {
                String fixed = Character.isUpperCase(token.charAt(0)) ? Words.capitalise(listed.get().fixed())
                        : listed.get().fixed();
                draft.replace(start, end, fixed, RULE_FORM, PUNCTUATION, listed.get().confidence(),
                        "apostrophe dropped");
                continue;
            }
            var restored = Contractions.restore(token);
            if (restored.isPresent() && (Words.isAllLower(token) || Words.isCapitalised(token))
                    && !AMBIGUOUS.containsKey(token.toLowerCase(Locale.ROOT))) {
                restoreContraction(view, lexicon, draft, token, restored.get(), start, end, m.group(2));
                continue;
            }
            if (token.length() < 4) {
                continue;
            }
            String contraction = AMBIGUOUS.get(token.toLowerCase(Locale.ROOT));
            if (contraction != null && (Words.isAllLower(token) || Words.isCapitalised(token))) {
                contractionByContext(view, draft, token, contraction, start, end, m.group(2));
                continue;
            }
            if (token.endsWith("s") && !token.endsWith("ss")) {
                String afterNext = m.group(2) == null ? null : nextWord(view.text, m.end(2));
                if (!lexicon.isWhole(token)) {
                    possessive(view, lexicon, draft, token, start, end, m.group(2), afterNext);
                } else if (Words.isAllLower(token) || Words.isCapitalised(token)) {
                    PluralOrPossessive.judge(view, lexicon, draft, token, start, end, m.group(2), afterNext);
                }
            }
        }
    }

    private static void possessive(TextView view, SpacingLexicon lexicon, Draft draft, String token, int start,
                                   int end, String next, String afterNext) {
        String stem = token.substring(0, token.length() - 1);
        // a proper noun only ("Africa", "Japan", not "Here"), and not a people or follower ("Gibeonites")
        // an acronym that is a known proper noun takes a lower-case "s" ("NASAs help")
        boolean acronym = stem.length() >= 2 && Words.isAllUpper(stem) && lexicon.frequencyExact(stem) >= 0
                && SpacingLexicon.canBeProperNoun(stem);
        // the document writes the stem by itself as a name ("Al Qaida" beside "Al Qaidas leadership")
        boolean namedHere = Words.isCapitalised(token) && view.hasToken(stem) && !lexicon.isWord(stem);
        boolean properStem = (Words.isCapitalised(token) || acronym) && !DEMONYM.matcher(stem).matches()
                && (acronym || namedHere || lexicon.isName(stem) || lexicon.frequencyExact(stem) >= 0
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
        // "Norways fund sold": a noun that may be a verb ("fund") is read as the noun when a finite verb follows
        boolean nounFollows = SpacingLexicon.isNounOrAdjectiveOnly(next) || SpacingLexicon.canBeNoun(next)
                && afterNext != null && Words.isAllLower(afterNext) && SpacingLexicon.canBeFiniteVerb(afterNext);
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

    /**
     * "theyd", "shouldve", "Im": a token that is a host and a clitic with the apostrophe lost
     * ({@link Contractions}). Repaired when the bare token is not an English word or name. A
     * form of "I" that is a rare name as well ("Ive", as in Jony Ive) is repaired only where a
     * name cannot stand: not after a capitalised word inside a sentence, and before a lower-case word.
     * A bare form that is a word ("were", "ill", "shed") is left alone: only reading the sentence tells.
     */
    private static void restoreContraction(TextView view, SpacingLexicon lexicon, Draft draft, String token,
                                           String fixed, int start, int end, String next) {
        boolean pronounI = fixed.startsWith("I'");
        boolean lowerNext = next != null && Words.isAllLower(next) && lexicon.isWord(next);
        if (pronounI && !lowerNext) {
            return;
        }
        if (!pronounI && Words.isCapitalised(token) && !view.analysis.startsSentence(start)) {
            // "in mount Heres": only "I" is capitalised inside a sentence; another capital is a name's
            return;
        }
        String reason;
        if (!lexicon.isWhole(token)) {
            reason = "apostrophe dropped: \"" + token + "\" is no English word, \"" + fixed + "\" a contraction";
        } else if (pronounI && lexicon.frequencyExact(token) <= 0 && !afterCapitalisedWord(view, start)) {
            reason = "apostrophe dropped: \"" + token + "\" is at most a rare name, and here the subject of \""
                    + next + "\"";
        } else {
            return;
        }
        double confidence = fixed.endsWith("n't") ? 0.9 : pronounI && lexicon.isWhole(token) ? 0.8 : 0.85;
        draft.replace(start, end, fixed, RULE_FORM, PUNCTUATION, confidence, reason);
    }

    /** "Jony Ive": a capitalised word right before, not opening the sentence, makes the token a surname. */
    private static boolean afterCapitalisedWord(TextView view, int start) {
        String previous = previousWord(view.text, start);
        if (previous == null || !Character.isUpperCase(previous.charAt(0))) {
            return false;
        }
        int at = view.text.lastIndexOf(previous, start);
        return at < 0 || !view.analysis.startsSentence(at);
    }

    /**
     * "they wont go", "I cant afford it": the word is a verb's negation when a bare verb follows (not "to":
     * "wont to say" is the adjective) and no possessive or article stands before it ("as is his wont").
     */
    private static void contractionByContext(TextView view, Draft draft, String token, String fixed, int start,
                                             int end, String next) {
        String previous = previousWord(view.text, start);
        if (next == null || next.equalsIgnoreCase("to") || !Words.isAllLower(next)
                || !SpacingLexicon.canBeBareVerb(next)
                || previous != null && NOUN_CUES.contains(previous.toLowerCase(Locale.ROOT))) {
            return;
        }
        String out = Character.isUpperCase(token.charAt(0)) ? Words.capitalise(fixed) : fixed;
        draft.replace(start, end, out, RULE_CONTEXT, PUNCTUATION, 0.85,
                "apostrophe dropped: \"" + next + "\", a bare verb, follows, and no article or possessive precedes");
    }

    /**
     * "this years budget", "last weeks vote was close": after a singular determiner or "last"/"next"
     * (without "the": "the last weeks" is a plural), a time noun in -s before a noun is a possessive.
     * The noun after it must be only a noun, or a noun followed by a finite verb or the clause's end
     * ("vote was", "vote.") - otherwise "last weeks saw" may be a plural subject, and it is only reported.
     */
    private void timePossessives(TextView view, SpacingLexicon lexicon, Draft draft) {
        Matcher m = TIME_PLURAL.matcher(view.text);
        while (m.find()) {
            int start = m.start(2);
            int end = m.end(2);
            String before = previousWord(view.text, m.start(1));
            if (view.isQuoted(start) || view.isCode(start, end)
                    || before != null && PLURAL_TIME_CUES.contains(before.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String noun = m.group(3);
            if (!lexicon.isWord(noun) || !SpacingLexicon.canBeNoun(noun)) {
                continue;
            }
            boolean singular = m.group(1).equalsIgnoreCase("this") || m.group(1).equalsIgnoreCase("that");
            boolean nounOnly = SpacingLexicon.isNounOrAdjectiveOnly(noun);
            boolean verbAfter = m.group(4) != null && Words.isAllLower(m.group(4))
                    && SpacingLexicon.canBeFiniteVerb(m.group(4)) || m.group(5) != null;
            double confidence = nounOnly || verbAfter ? (singular ? 0.85 : 0.8) : 0.5;
            String token = m.group(2);
            String fixed = token.substring(0, token.length() - 1) + "'s";
            draft.replace(start, end, fixed, RULE_TIME, PUNCTUATION, confidence, "possessive without its apostrophe: \""
                    + m.group(1) + " " + token + "\" before the noun \"" + noun + "\""
                    + (nounOnly ? "" : verbAfter ? ", a finite verb after it" : ", but it may be a verb"));
        }
    }

    static String nextWord(String text, int from) {
        Matcher m = NEXT_WORD.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    static String previousWord(String text, int before) {
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
