package org.copydesk.stage.spacing;

import java.util.regex.Matcher;
import org.copydesk.core.Draft;
import org.copydesk.text.LostCharacters;

/**
 * A lower-case letter followed by a capital inside one token, where a tag
 * boundary lost its space: "RussiaIn a context" (a sentence break, restored
 * as "Russia. In a context"), "theUnited States". Camel-case brands and
 * names (iPhone, YouTube, McDonald's, BioNTech, DeSantis) stay: they are in
 * the English dictionary or {@code spacing/camelcase-keep.tsv}, start with a
 * name prefix, or do not split into two good words.
 */
final class CamelGlueRule implements SpacingRule {
    static final String RULE_SENTENCE = "GLUED_SENTENCE";
    static final String RULE_CAPITAL = "GLUED_CAPITAL";
    static final String RULE_TITLE = "GLUED_TITLE_CASE";

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        Matcher m = Words.TOKEN.matcher(view.text);
        while (m.find()) {
            String token = m.group();
            if (acronymAfterFunctionWord(view, lexicon, draft, token, m.start(), m.end())) {
                continue;
            }
            int cut = singleCaseChange(token);
            if (cut < 0 || Words.touchesDigit(view.text, m.start(), m.end())
                    // a part of a hyphenated name keeps its capitals ("Attribution-ShareAlike", "Rolls-RoyceHoldings"
                    // aside): a stripped tag leaves words run together at a space, not at a hyphen
                    || hyphenated(view.text, m.start(), m.end())
                    // as for glued words: not known to be whole, and the unicode stage judged the U+FFFD by it
                    || LostCharacters.touches(view.text, m.start(), m.end())
                    || view.isCode(m.start(), m.end()) || lexicon.isWhole(token)) {
                continue;
            }
            String left = token.substring(0, cut);
            String right = token.substring(cut);
            String rightWord = right.replaceFirst("['’]s$", "");
            if (left.length() < 2 || lexicon.isNamePrefix(left) || !Words.isCapitalised(rightWord)
                    || !(lexicon.isWord(rightWord) || lexicon.isName(rightWord))) {
                continue;
            }
            int at = m.start() + cut;
            String evidence;
            if (Words.isAllLower(left)) {
                glueAfterLowerCase(view, lexicon, draft, token, left, rightWord, at);
                continue;
            }
            if (left.length() < 3 || !Words.isCapitalised(left) || !(lexicon.isWord(left) || lexicon.isName(left))) {
                continue;
            }
            if (lexicon.isSentenceStarter(rightWord) && !rightWord.equals("I")) {
                boolean functionWord = lexicon.glue(left).isPresent() || lexicon.isSentenceStarter(left);
                String gap = functionWord ? " " : ". ";
                draft.replace(at, at, gap, RULE_SENTENCE, GLUED, functionWord ? 0.7 : 0.8,
                        "sentence run together: \"" + left + "\" + \"" + right + "\"");
            } else if (!listItem(view.text, m.start())
                    && isTitleCaseGlue(view, lexicon, token, left, rightWord, m.start(), m.end())) {
                draft.replace(at, at, " ", RULE_TITLE, GLUED, 0.8, "two capitalised words run together in a"
                        + " title-case run: \"" + left + "\" + \"" + right + "\", both common words or names");
            } else if ((evidence = capitalPairEvidence(view, lexicon, token, left, rightWord)) != null) {
                draft.replace(at, at, " ", RULE_CAPITAL, GLUED, 0.8, "glued words: \"" + left + "\" + \"" + right
                        + "\": " + evidence);
            } else {
                draft.report(m.start(), m.end(), RULE_CAPITAL, GLUED, 0.5,
                        "possibly glued words: \"" + left + "\" + \"" + right + "\"", left + " " + right);
            }
        }
    }

    /**
     * The token opens a bracket or follows a comma: an item of a list of names ("(RedHat)", "Wayland,
     * PipeWire, Linux"), where products keep their capitals; a headline's words run on with spaces.
     */
    private static boolean listItem(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '(' || start > 1 && text.startsWith(", ", start - 2);
    }

    private static boolean hyphenated(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '-' || end < text.length() && text.charAt(end) == '-';
    }

    private static final java.util.regex.Pattern LOWER_THEN_ACRONYM = java.util.regex.Pattern.compile(
            "(\\p{Ll}{2,})(\\p{Lu}{2,})");

    /**
     * "inFY 1982", "theEU": a function word glued to an acronym. Identifiers look the same ("toJSON",
     * "asHTML"), so the split needs the document's own usage twice over: the acronym on its own elsewhere
     * and the pair written apart elsewhere ("in FY 1981"), with the token used once and no code around.
     * True when the token was of this shape (split or not).
     */
    private static boolean acronymAfterFunctionWord(TextView view, SpacingLexicon lexicon, Draft draft,
                                                    String token, int start, int end) {
        java.util.regex.Matcher m = LOWER_THEN_ACRONYM.matcher(token);
        if (!m.matches()) {
            return false;
        }
        String left = m.group(1);
        String acronym = m.group(2);
        if (lexicon.glue(left).isPresent() && !lexicon.isWhole(token) && view.tokenCount(token) == 1
                && view.tokenCount(acronym) > 0 && view.text.contains(left + " " + acronym)
                && !view.isCode(start, end) && !Words.touchesDigit(view.text, start, end)
                && !view.hasCodeLines()) {
            draft.replace(start + left.length(), start + left.length(), " ", RULE_CAPITAL, GLUED, 0.8,
                    "glued words: \"" + left + "\" + \"" + acronym + "\": a function word before an acronym the text"
                            + " writes on its own, and writes \"" + left + " " + acronym + "\" apart elsewhere");
        }
        return true;
    }

    /**
     * Why two capitalised words glued mid-text ("CapitolHill", "TheAct") are two words, or null. Brands and
     * products made of two words (PayPal, BlackRock, TheStreet) are kept by the dictionaries before this; what
     * is left splits on one of three pieces of evidence, with the token used only once and no code in the
     * document: the document writes the two apart elsewhere ("the Act"); the first is a capitalised article
     * before a common word ("TheHouse"), which starts no name; or both are proper nouns to the tagger or the
     * names lexicon ("JohnLewis", "CapitolHill"), a full name or place name that lost its space.
     */
    private static String capitalPairEvidence(TextView view, SpacingLexicon lexicon, String token, String left,
                                              String right) {
        if (view.tokenCount(token) > 1 || lexicon.isNamePrefix(left)
                || view.hasCodeLines()) {
            return null;
        }
        String lowerLeft = left.toLowerCase(java.util.Locale.ROOT);
        if (view.text.contains(left + " " + right) || view.text.contains(lowerLeft + " " + right)) {
            return "the text writes \"" + left + " " + right + "\" apart elsewhere";
        }
        if (WordClass.of(left).equals(java.util.EnumSet.of(WordClass.ARTICLE))
                && lexicon.frequency(right) >= SpacingLexicon.COMMON
                && lexicon.isWord(right.toLowerCase(java.util.Locale.ROOT))) {
            return "a capitalised article before a common word (frequency class " + lexicon.frequency(right)
                    + "), which begins no name";
        }
        boolean leftProper = lexicon.glue(left).isEmpty() && left.length() >= 3
                && (SpacingLexicon.canBeProperNoun(left) || lexicon.isName(left));
        boolean rightProper = SpacingLexicon.canBeProperNoun(right) || lexicon.isName(right);
        if (leftProper && rightProper && lexicon.frequency(left) >= SpacingLexicon.COMMON
                && lexicon.frequency(right) >= SpacingLexicon.COMMON) {
            return "both are proper nouns (a full name or place name) of frequency classes " + lexicon.frequency(left)
                    + " and " + lexicon.frequency(right);
        }
        return null;
    }

    /**
     * "After AttemptedTerror Attack", "Remains UnchangedHavana, Sep": two capitalised words glued where a
     * headline's tag was stripped. A brand made of two words (PowerPoint, BlackRock) is kept by the
     * dictionaries; what is left needs every piece of evidence: both parts common words or known names,
     * the token used only once in the text (a brand or term recurs), and its neighbours on the line
     * capitalised too (a title-case run, where a capital says nothing about a name).
     */
    private static boolean isTitleCaseGlue(TextView view, SpacingLexicon lexicon, String token, String left,
                                           String right, int start, int end) {
        boolean leftOk = lexicon.isName(left) || lexicon.frequency(left) >= SpacingLexicon.COMMON;
        boolean rightOk = lexicon.isName(right) || lexicon.frequency(right) >= SpacingLexicon.COMMON;
        if (!leftOk || !rightOk || view.tokenCount(token) > 1) {
            return false;
        }
        int capitalised = 0;
        int seen = 0;
        java.util.List<String> before = wordsBefore(view.text, start);
        java.util.List<String> after = wordsAfter(view.text, end);
        java.util.List<String> around = new java.util.ArrayList<>(before);
        around.addAll(after);
        for (String word : around) {
            seen++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        // inside the run, capitals on both sides: at a sentence's end after a name ("from Frank Warren's
        // BoxNation.") the capitals before it are the name's, and the token is a brand as likely as glue
        boolean inside = before.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)))
                && after.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        return inside && capitalised >= 2 && capitalised * 3 >= seen * 2;
    }

    /** Up to two word tokens before {@code start}, on the same line. */
    private static java.util.List<String> wordsBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        java.util.List<String> before = new java.util.ArrayList<>();
        Matcher m = Words.TOKEN.matcher(text).region(lineStart, start);
        while (m.find()) {
            before.add(m.group());
        }
        return new java.util.ArrayList<>(before.subList(Math.max(0, before.size() - 2), before.size()));
    }

    /** Up to two word tokens after {@code end}, on the same line. */
    private static java.util.List<String> wordsAfter(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = Words.TOKEN.matcher(text).region(end, lineEnd);
        for (int i = 0; i < 2 && m.find(); i++) {
            out.add(m.group());
        }
        return out;
    }

    /** "theUnited States" gets a space; "last yearBut analysts" a sentence break. */
    private static void glueAfterLowerCase(TextView view, SpacingLexicon lexicon, Draft draft, String token,
                                           String left, String right, int at) {
        String reason = "glued words: \"" + left + "\" + \"" + right + "\"";
        if (lexicon.glue(left).isPresent()) {
            // "toString", "forEach", "andThen" are code; glued text has a proper noun after the glue
            if (left.equals("the") || isProperNoun(lexicon, right)) {
                draft.replace(at, at, " ", RULE_CAPITAL, GLUED, 0.85, reason);
            }
        } else if (left.length() >= 3 && lexicon.isSentenceStarter(right) && !right.equals("I") && lexicon.isWord(left)) {
            double confidence = left.length() >= 4 && lexicon.frequency(left) >= 8 ? 0.8 : 0.6;
            draft.replace(at, at, ". ", RULE_SENTENCE, GLUED, confidence, "sentence run together: " + reason);
        } else if (isWordBeforeName(view, lexicon, token, left, right)) {
            String noun = isProperNoun(lexicon, right) ? "a proper noun"
                    : "\"" + right + "\", which the text writes capitalised on its own elsewhere";
            draft.replace(at, at, " ", RULE_CAPITAL, GLUED, 0.8, reason + ": a common word (frequency class "
                    + lexicon.frequency(left) + ") before " + noun + ", whose word classes may follow each other");
        }
    }

    /**
     * "prepareAmerica", "saveAmericans", "overAmerica": a common lower-case word of four letters or more
     * glued to a proper noun, the two of word classes that may follow each other. Identifiers look the
     * same ("runPython"), so not in a document with code, nor for a token the text uses twice.
     */
    private static boolean isWordBeforeName(TextView view, SpacingLexicon lexicon, String token, String left,
                                            String right) {
        // a capitalised word the document writes on its own mid-sentence elsewhere ("our Nation") is its proper
        // noun; at a sentence start a capital says nothing
        boolean ownName = view.tokenCount(right) > 0 && lexicon.isWord(right) && view.writtenMidSentence(right);
        if (left.length() < (ownName ? 3 : 4) || lexicon.frequencyExact(left) < SpacingLexicon.COMMON
                || !(isProperNoun(lexicon, right) || ownName)
                || view.tokenCount(token) > 1
                || view.hasCodeLines()) {
            return false;
        }
        java.util.Set<WordClass> rightClasses = java.util.EnumSet.of(WordClass.PROPER_NOUN);
        rightClasses.addAll(WordClass.of(right));
        return WordClass.mayPrecede(WordClass.of(left), rightClasses);
    }

    /** A name, or a capitalised dictionary entry more frequent than its lower-case twin ("Europe", not "String"). */
    private static boolean isProperNoun(SpacingLexicon lexicon, String word) {
        int proper = lexicon.frequencyExact(word);
        return lexicon.isName(word)
                || proper >= 0 && proper > lexicon.frequencyExact(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Index of the only lower-to-upper change in a token that starts with a letter run, or -1. */
    private static int singleCaseChange(String token) {
        int cut = -1;
        for (int i = 1; i < token.length(); i++) {
            if (Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1))) {
                if (cut >= 0) {
                    return -1;
                }
                cut = i;
            } else if (Character.isUpperCase(token.charAt(i)) && i > cut && cut >= 0) {
                return -1;
            }
        }
        return cut;
    }
}
