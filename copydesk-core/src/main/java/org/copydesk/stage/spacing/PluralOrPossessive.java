package org.copydesk.stage.spacing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.core.Draft;

/**
 * A word in -s that is an English plural ("nations", "worlds", "Americas") standing where
 * a possessive with a lost apostrophe would stand: "the worlds largest economy", "our
 * Nations future", "Americas growing economy". A plural noun modifies a noun too ("the
 * workers union", "a jobs bill", "the sports page"), so the possessive is chosen only on
 * evidence that the plural reading is implausible here:
 * <ul>
 * <li>the stem is a proper noun whose plural only follows "the" or a number ("the
 * Americas", "two Koreas"), and none of those stands before it;</li>
 * <li>the plural is far rarer than its singular (three frequency classes and more:
 * "worlds", "governments", "husbands"; not "jobs", "workers", "arms", "sports", which
 * English uses as modifiers, and not the plural of a stem that is an adjective too, one that
 * makes an adverb in -ly, whose frequency is the adjective's: "a mains socket"), and a determiner or possessive stands before it;</li>
 * <li>the document itself writes the stem as a capitalised singular or its possessive
 * ("our Nation", "the Nation's") and a singular determiner or possessive stands before
 * the plural ("our Nations future").</li>
 * </ul>
 * In every case the next word must be a noun or adjective and nothing else, or a
 * superlative ("the worlds largest"): a word that may be a verb makes the plural a
 * subject ("the governments plan to"), and that is only reported.
 */
final class PluralOrPossessive {
    /** Determiners and possessives that a possessive noun follows: "the world's", "our Nation's". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "every", "each", "our", "your",
            "their", "his", "her", "its", "my", "whose");
    /** The singular ones: a plural after them is no plural ("this Nations effort"). */
    private static final Set<String> SINGULAR = Set.of("a", "an", "this", "every", "each");
    /** Before a proper plural these keep it a plural: "the Americas", "both Koreas". */
    private static final Set<String> PLURAL_CUES = Set.of("the", "two", "three", "both", "many", "several",
            "these", "those", "some", "other", "rival", "of");
    private static final int RARE_PLURAL_GAP = 3;

    private PluralOrPossessive() {
    }

    static void judge(TextView view, SpacingLexicon lexicon, Draft draft, String token, int start, int end,
                      String next, String afterNext) {
        if (next == null || !Words.isAllLower(next) || !lexicon.isWord(next)
                || SpacingLexicon.canBeFunctionOrComparative(next)
                || start > 0 && "-‐".indexOf(view.text.charAt(start - 1)) >= 0) {
            return;
        }
        String stem = token.substring(0, token.length() - 1);
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        String previous = ApostropheRule.previousWord(view.text, start);
        String before = previous == null ? null : previous.toLowerCase(Locale.ROOT);
        if (before != null && before.equals("each") && token.equals("others")) {
            replace(draft, start, end, "other's", 0.9, "\"each others\" before a noun: the reciprocal possessive");
            return;
        }
        if (!SpacingLexicon.isPluralNounOnly(token)) {
            return;
        }
        // "This helps families", "If A equals success": after a pronoun "this"/"each", or a capital "A"
        // inside a sentence (a variable), a word in -s that may be a verb is the verb
        if (SpacingLexicon.canBeThirdPersonVerb(token) && before != null
                && (before.equals("this") || before.equals("each") || previous.equals("A")
                        && !view.analysis.startsSentence(view.text.lastIndexOf(previous, start)))) {
            return;
        }
        String evidence = null;
        if (Words.isCapitalised(token) && lexicon.frequencyExact(stem) >= 0 && SpacingLexicon.isProperNounOnly(stem)
                && lexicon.frequencyExact(lowerStem) < 0 && !lexicon.isName(token)
                && (before == null || !PLURAL_CUES.contains(before))) {
            evidence = "\"" + stem + "\" is a proper noun, and its plural would follow \"the\" or a number";
        } else if (before != null && DETERMINERS.contains(before) && SpacingLexicon.canBeCountableNoun(lowerStem)
                // a stem that is an adjective too ("main", "general", "local": it makes an adverb in -ly) owes its
                // frequency to the adjective, so its noun's plural looks rare when it is not ("a mains socket")
                && !commonAdverb(lexicon, lowerStem + "ly")
                && lexicon.frequency(lowerStem) - lexicon.frequency(token) >= RARE_PLURAL_GAP) {
            evidence = "\"" + token + "\" is a rare plural of \"" + lowerStem + "\", after \"" + previous + "\"";
        } else if (before != null && DETERMINERS.contains(before) && !before.equals("the")
                && Words.isCapitalised(token) && !view.analysis.startsSentence(start)
                && (view.hasToken(stem) || view.hasToken(stem + "'s") || view.hasToken(stem + "’s"))) {
            evidence = "the text writes \"" + stem + "\" as a singular name, and \"" + previous + "\" stands before";
        }
        if (evidence == null) {
            return;
        }
        // "the worlds largest", "the worlds only superpower": a superlative, or an adjective before a noun
        boolean superlative = SpacingLexicon.isSuperlative(next) || SpacingLexicon.isAdjectiveNotVerb(next)
                && afterNext != null && Words.isAllLower(afterNext) && SpacingLexicon.isNounOrAdjectiveOnly(afterNext)
                && SpacingLexicon.canBeNoun(afterNext);
        // "Americas growing economy": a word that may be an adjective, before a word that is only a noun
        // a bare adjective ("their hearts merry", "your doings good") or a number ("their fathers twelve
        // rods") after a plural is a predicate or a count, not a possessed noun; archaic pronouns tagged as
        // adjectives ("ye") are no possessed nouns either
        boolean numeral = SpacingLexicon.tagsOf(next).stream().anyMatch(t -> t.startsWith("CD"));
        boolean nounOnly = !numeral && (SpacingLexicon.isNounOrAdjectiveOnly(next) && !SpacingLexicon.canBeAdjective(next)
                || SpacingLexicon.canBeAdjective(next) && afterNext != null && Words.isAllLower(afterNext)
                && SpacingLexicon.isNounOrAdjectiveOnly(afterNext) && SpacingLexicon.canBeNoun(afterNext));
        boolean singular = before != null && SINGULAR.contains(before);
        if (!superlative && !nounOnly && !SpacingLexicon.canBeNoun(next)) {
            return;
        }
        double confidence = superlative || nounOnly || singular ? 0.8 : 0.5;
        String reason = "possessive without its apostrophe: " + evidence + ", and \"" + next + "\" follows"
                + (confidence < 0.8 ? ", but it may be a verb with the plural its subject" : "");
        replace(draft, start, end, stem + "'s", confidence, reason);
    }

    /** Frequency class from which an adverb in -ly shows that its stem is mostly an adjective ("mainly"). */
    private static final int COMMON_ADVERB = 10;

    /** A common word the tagger reads only as an adverb ("mainly", "locally"; not "worldly", not "husbandly"). */
    private static boolean commonAdverb(SpacingLexicon lexicon, String word) {
        return lexicon.frequency(word) >= COMMON_ADVERB && SpacingLexicon.tagsOf(word).equals(List.of("RB"));
    }

    private static void replace(Draft draft, int start, int end, String fixed, double confidence, String reason) {
        draft.replace(start, end, fixed, ApostropheRule.RULE_POSSESSIVE, SpacingRule.PUNCTUATION, confidence, reason);
    }
}
