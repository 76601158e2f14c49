package org.copydesk.stage.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.text.TextAnalysis;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tagging.Tagger;

/**
 * The second half of the autofix decision. {@code grammar-autofix.tsv} says
 * which rules may change the text; this class says whether one match of such a
 * rule may, from evidence in its context, and states that evidence (it ends up
 * in the edit's reason). Without the evidence the match is a finding, with the
 * reason it was not applied.
 *
 * <p>For every rule: the match must be in running prose ({@link FixPlace}: not
 * code, heading, table, quotation, not across a line break). For the three
 * rules whose matches a rule alone cannot make certain, the words around the
 * match and their part-of-speech readings (every reading the tagger knows; the
 * fast rule set does not disambiguate) must rule out the other readings:
 * <ul>
 * <li>{@code EN_A_VS_AN}: the next word is a lower-case dictionary word an
 * article can introduce (noun, adjective, adverb, participle; not "is", "or",
 * "in": then "a" is a letter or a variable), and its spelling settles its
 * first sound ({@link ArticleSound}); letters, abbreviations, names, unknown
 * words (code) and "u"-words outside a few prefixes stay findings.</li>
 * <li>{@code ENGLISH_WORD_REPEAT_RULE}: the doubled word is used, not talked
 * about: a word follows on the same line, neither a third copy nor
 * punctuation ("between Fish and and, and and and And"), and after a doubled
 * article that word is one an article can introduce.</li>
 * <li>{@code NUMERAL_SINGULAR_NOUN}: the word after the number can only be its
 * noun here: not a modal ("over 65 will have"), not an adjective or noun that
 * may go on to modify a later noun (a singular determiner before the number,
 * "a ten year, $43 billion program"; a comma, "and" or "or" after it, "four
 * vertical, movable supports"; a noun after it), a verb reading only where a
 * plural verb follows ("the two minister are", not "the two do have"), not a
 * unit or abbreviation ("35 mph", "5 p.m."), not a label's number ("Python 3
 * code"), and the plural the rule offers is a plural noun the tagger knows.</li>
 * <li>{@code SUBJECT_VERB_OF_PHRASE}: the noun phrase "the X of Y" starts its clause: the sentence
 * start or a subordinating word before it ("that", "because"), not ", and" or ", but", where it may end
 * a list of subjects ("Paris, Rome, and the mayor of Berlin were").</li>
 * <li>{@code NOR_INVERSION}: "nor" starts a clause, so it does not join subjects: no "neither" or
 * "either" before it in the sentence.</li>
 * <li>{@link QuoteAttribution}: the quotation was attributed before it ("X said: “...") and the
 * fragment after it is a verb of saying with its pronoun, a bare verb of saying, or a past verb and
 * its noun, ending the paragraph.</li>
 * </ul>
 */
final class FixEvidence {
    /** Whether to apply, and the evidence for it (applied) or the reason against it (finding). */
    record Verdict(boolean apply, String evidence) {
        static Verdict apply(String evidence) {
            return new Verdict(true, evidence);
        }

        static Verdict withhold(String why) {
            return new Verdict(false, why);
        }
    }

    /** Tags of a word an article (or a doubled article) can introduce. */
    private static final String[] NOMINAL = {"NN", "JJ", "RB", "VBG", "VBN", "CD"};
    /** Tags showing the word after "a"/"an" is not introduced by it: "a is b", "a or b", "a in zip(...)". */
    private static final String[] NOT_AFTER_ARTICLE = {"VBZ", "VBD", "MD", "IN", "CC", "DT", "PRP", "TO", "WDT",
        "WP", "EX"};
    private static final Pattern PLAIN_LOWER = Pattern.compile("\\p{Ll}+(?:[-'’]\\p{Ll}+)*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words before a number that make it part of a modifier: "a ten year program", "each two hour shift". */
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "one", "each", "every", "this", "that",
            "another", "per", "any");
    /** Words before a number that make it an age or a limit, not a count of the next word: "over 65 will". */
    private static final Set<String> NOT_COUNTING = Set.of("over", "under", "aged", "age", "ages", "number",
            "no", "version", "chapter", "section", "page", "article", "room", "grade", "level", "phase", "stage",
            "step", "type", "class", "model", "route", "highway", "flight", "gate", "channel", "line", "platform",
            "figure", "table", "item", "rule", "part", "volume", "issue", "episode", "season", "round", "week",
            "day", "year", "term", "track", "lane", "exit", "unit", "category", "division", "group", "world");
    /** After the noun: the phrase may go on to a noun that the number and word modify. */
    private static final Set<String> COORDINATING = Set.of(",", "and", "or", ":", "-", "–", "—", "/", "&");
    /** Words after the noun that are verbs here although the tagger also knows a noun ("are" the unit, "can"). */
    private static final Set<String> VERB_AFTER = Set.of("are", "were", "'re", "’re", "have", "remain", "will",
            "would", "could", "should", "must", "can", "may", "might", "met", "agreed", "signed");
    /** Tags of function words, whose rare noun readings ("in", "or") do not make them nouns here. */
    private static final String[] FUNCTION_WORD = {"IN", "CC", "DT", "WDT", "WP", "MD", "RB", "PRP", "TO"};
    /** A plural verb right after the word: it rules out a verb reading of the word ("the two minister are"). */
    private static final Set<String> FINITE_PLURAL_BE = Set.of("are", "were", "'re", "’re");
    /** Units and abbreviations that a number precedes and that take no plural "s". */
    private static final Set<String> UNITS = Set.of("mph", "kph", "kmh", "km", "kg", "lb", "lbs", "ft", "oz", "mi",
            "min", "sec", "hr", "hrs", "yr", "yrs", "pt", "qt", "gal", "mm", "cm", "ml", "mg", "hp", "rpm", "psi",
            "mb", "gb", "kb", "tb", "ghz", "mhz", "khz", "hz", "db", "am", "pm", "bc", "ad", "bps", "fps", "dpi",
            "ppm", "sq", "cu", "deg", "mpg", "cc", "kw", "mw", "kwh", "ms", "ns", "st", "nd", "rd", "th");

    private final Tagger tagger;

    FixEvidence(Tagger tagger) {
        this.tagger = tagger;
    }

    /**
     * Whether the allowlisted match {@code m} at current [start, end) may be replaced by
     * {@code suggestion} in the text that {@code analysis} reads.
     */
    Verdict judge(RuleMatch m, int start, int end, String suggestion, TextAnalysis analysis) {
        return switch (m.getRule().getId()) {
            case "EN_A_VS_AN" -> article(words(m, start), start, end, suggestion, analysis);
            case "ENGLISH_WORD_REPEAT_RULE" -> repeat(words(m, start), start, end, analysis);
            case "NUMERAL_SINGULAR_NOUN" -> numeral(words(m, start), start, end, suggestion, analysis);
            case "SUBJECT_VERB_OF_PHRASE" -> agreement(words(m, start), start, end, analysis);
            case "NOR_INVERSION" -> nor(words(m, start), start, end, analysis);
            default -> FixPlace.unfit(analysis, start, end).map(Verdict::withhold)
                    .orElseGet(() -> Verdict.apply("in running prose"));
        };
    }

    private static MatchTokens words(RuleMatch m, int start) {
        AnalyzedSentence sentence = m.getSentence();
        if (sentence == null) {
            return null;
        }
        // a match of a check of several sentences knows its position in its own sentence too
        int inSentence = m.getFromPosSentence() >= 0 ? m.getFromPosSentence() : m.getFromPos();
        return MatchTokens.of(sentence, start - inSentence);
    }

    // ---- the list of candidates are ----

    /** Words before the determiner that start a clause, so the noun phrase after them is its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "while", "although", "though",
            "whereas", ";", ":");

    private Verdict agreement(MatchTokens words, int start, int end, TextAnalysis analysis) {
        int v = words == null ? -1 : words.indexAt(start);
        int of = -1;
        for (int k = v - 1; k >= 0 && k >= v - 4; k--) {
            if (words.get(k).is("of")) {
                of = k;
                break;
            }
        }
        MatchTokens.Word head = of < 1 ? null : words.get(of - 1);
        if (head == null) {
            return Verdict.withhold("the head noun before \"of\" was not found");
        }
        int det = of - 2;
        while (det >= 0 && !words.get(det).hasAny("DT", "PRP$")) {
            det--;
        }
        if (det < 0 || det < of - 4) {
            return Verdict.withhold("the determiner of '" + head.text() + "' was not found");
        }
        MatchTokens.Word first = words.get(det);
        Optional<String> unfit = FixPlace.unfit(analysis, first.start(), end);
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        MatchTokens.Word before = words.get(det - 1);
        if (before != null && !CLAUSE_OPENERS.contains(before.text().toLowerCase(Locale.ROOT))) {
            return Verdict.withhold("after '" + before.text() + "' the phrase may end a list of subjects, "
                    + "which takes a plural verb");
        }
        String opener = before == null ? "the sentence start" : "'" + before.text() + "'";
        return Verdict.apply("'" + first.text() + " ... " + head.text() + "' (" + head.tagList()
                + ") heads the subject after " + opener + "; the \"of\" phrase only modifies it");
    }

    // ---- nor it will ----

    private Verdict nor(MatchTokens words, int start, int end, TextAnalysis analysis) {
        int p = words == null ? -1 : words.indexAt(start);
        MatchTokens.Word nor = p < 1 ? null : words.get(p - 1);
        if (nor == null || !nor.is("nor")) {
            return Verdict.withhold("'nor' was not found before the subject");
        }
        for (int k = 0; k < p - 1; k++) {
            if (words.get(k).is("neither") || words.get(k).is("either")) {
                return Verdict.withhold("'" + words.get(k).text() + "' earlier in the sentence: 'nor' may join "
                        + "two subjects");
            }
        }
        Optional<String> unfit = FixPlace.unfit(analysis, nor.start(), end);
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        return Verdict.apply("'nor' starts a clause (no 'neither' or 'either' before it), and a pronoun subject "
                + "with its auxiliary follows");
    }

    // ---- “…,” he said. after “X said: …” ----

    /**
     * Whether the fragment after a quotation may go: null when it is no stray attribution
     * (an ordinary "he said" after an unattributed quote, or words that are not one).
     */
    Verdict attribution(QuoteAttribution.Trailer t, TextAnalysis analysis) {
        boolean speech = QuoteAttribution.SPEECH_VERB.matcher(t.verb()).matches();
        String shape;
        if (t.hasSubject()) {
            if (!t.attributed() || !speech || t.object() != null) {
                return null;
            }
            shape = "'" + t.pronoun() + " " + t.verb() + "' repeats the attribution";
        } else if (t.object() == null) {
            if (!speech || !tag(t.verb(), null).has("VBD")) {
                return null;
            }
            shape = "'" + t.verb() + "' is a verb of saying with no subject";
        } else {
            MatchTokens.Word verb = tag(t.verb(), null);
            MatchTokens.Word object = tag(t.object(), null);
            if (speech || !verb.has("VBD") || !object.hasAny("NN") || object.hasAny("IN", "DT", "PRP", "CC", "MD")) {
                return null;
            }
            shape = "'" + t.verb() + " " + t.object() + "' is a past verb (VBD) and its noun with no subject";
        }
        if (!t.attributed()) {
            return Verdict.withhold("nothing before the quotation says who speaks, so the fragment may be all "
                    + "that is left of the attribution");
        }
        Optional<String> unfit = FixPlace.unfit(analysis, t.fragmentStart(), t.end());
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        return Verdict.apply("the quotation is attributed before it (\"" + t.attribution() + ":\"); " + shape
                + ", ending the paragraph");
    }

    // ---- a / an ----

    private Verdict article(MatchTokens words, int start, int end, String suggestion, TextAnalysis analysis) {
        int i = words == null ? -1 : words.indexAt(start);
        MatchTokens.Word article = i < 0 ? null : words.get(i);
        MatchTokens.Word next = i < 0 ? null : words.get(i + 1);
        if (article == null || article.end() != end || next == null) {
            return Verdict.withhold("the word after the article was not found");
        }
        Optional<String> unfit = FixPlace.unfit(analysis, start, next.end());
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        String text = analysis.text();
        if (ArticleSound.partOfWord(text, start, end)) {
            return Verdict.withhold("'" + article.text() + "' is a joined part of a longer word, no article");
        }
        boolean freeBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1))
                || "([\"“‘'—–".indexOf(text.charAt(start - 1)) >= 0;
        if (!freeBefore || next.start() - end != 1 || text.charAt(end) != ' ') {
            return Verdict.withhold("'" + article.text() + "' is not a free-standing article here");
        }
        String w = next.text();
        if (w.length() < 2 || !next.isWord()) {
            return Verdict.withhold("'" + w + "' is a letter, number or symbol, read by its name");
        }
        MatchTokens.Word word = next;
        if (CAPITALISED.matcher(w).matches()) {
            // a capitalised word is a name unless the dictionary knows it in lower case as a common word
            MatchTokens.Word lower = tag(w.toLowerCase(Locale.ROOT), next);
            if (!lower.tagged() || lower.hasAny("NNP")) {
                return Verdict.withhold("'" + w + "' is a name: how it is said is not known");
            }
            word = lower;
        } else if (!PLAIN_LOWER.matcher(w).matches()) {
            return Verdict.withhold("'" + w + "' is an abbreviation or an identifier, maybe read letter by letter");
        }
        if (!word.tagged()) {
            return Verdict.withhold("'" + w + "' is not in the dictionary (an abbreviation, a code name?)");
        }
        if (!word.hasAny(NOMINAL) || word.hasAny(NOT_AFTER_ARTICLE)) {
            return Verdict.withhold("'" + w + "' (" + word.tagList() + ") is not a word an article introduces: '"
                    + article.text() + "' may be a letter or a variable");
        }
        if (word.text().chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            return Verdict.withhold("'" + w + "' has no vowel and is read letter by letter");
        }
        Optional<String> sound = ArticleSound.evidence(suggestion, word.text());
        if (sound.isEmpty()) {
            return Verdict.withhold("the spelling of '" + w + "' does not settle its first sound");
        }
        return Verdict.apply(sound.get() + "; a " + word.tagList() + " word, which an article introduces");
    }

    // ---- the the ----

    private Verdict repeat(MatchTokens words, int start, int end, TextAnalysis analysis) {
        int i = words == null ? -1 : words.indexAt(start);
        int j = words == null ? -1 : words.lastIndexEndingBy(end);
        MatchTokens.Word first = words == null ? null : words.get(i);
        MatchTokens.Word second = words == null ? null : words.get(j);
        MatchTokens.Word next = words == null || j < 0 ? null : words.get(j + 1);
        if (first == null || second == null || j != i + 1 || second.end() != end) {
            return Verdict.withhold("the doubled words were not found");
        }
        if (next == null) {
            return Verdict.withhold("nothing follows the doubled word: it is talked about, not used");
        }
        Optional<String> unfit = FixPlace.unfit(analysis, start, next.end());
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        MatchTokens.Word before = words.get(i - 1);
        if (before != null && before.is(first.text()) || next.is(first.text())) {
            return Verdict.withhold("'" + first.text() + "' comes more than twice: it is talked about, not used");
        }
        if (!next.isWord()) {
            return Verdict.withhold("'" + next.text() + "' follows the doubled word: it is talked about, not used");
        }
        if (first.hasAny("CC") && next.hasAny("CC")) {
            // "the and and or operators", "except and and or": conjunctions named in a row, not joined
            return Verdict.withhold("'" + next.text() + "', another conjunction, follows: the words are named,"
                    + " not used");
        }
        if (ARTICLES.contains(first.text().toLowerCase(Locale.ROOT))
                && (!next.hasAny(NOMINAL) || next.hasAny("DT", "IN", "CC", "VBZ", "VBD", "MD", "PRP", "WDT", "WP"))) {
            return Verdict.withhold("'" + next.text() + "' (" + next.tagList()
                    + ") is not a word an article introduces");
        }
        return Verdict.apply("'" + first.text() + "' twice on one line before '" + next.text() + "' ("
                + next.tagList() + "), which one '" + first.text().toLowerCase(Locale.ROOT) + "' governs");
    }

    // ---- two country ----

    private Verdict numeral(MatchTokens words, int start, int end, String suggestion, TextAnalysis analysis) {
        int i = words == null ? -1 : words.indexAt(start);
        MatchTokens.Word noun = i < 0 ? null : words.get(i);
        MatchTokens.Word number = i < 0 ? null : words.get(i - 1);
        MatchTokens.Word next = i < 0 ? null : words.get(i + 1);
        MatchTokens.Word before = i < 0 ? null : words.get(i - 2);
        if (noun == null || number == null || noun.end() != end) {
            return Verdict.withhold("the number and its noun were not found");
        }
        Optional<String> unfit = FixPlace.unfit(analysis, number.start(), next == null ? end : next.end());
        if (unfit.isPresent()) {
            return Verdict.withhold(unfit.get());
        }
        String text = analysis.text();
        String n = noun.text();
        String lower = n.toLowerCase(Locale.ROOT);
        if (!PLAIN_LOWER.matcher(n).matches() || n.length() < 3) {
            return Verdict.withhold("'" + n + "' is not a plain lower-case word (a name, letter or abbreviation)");
        }
        if (UNITS.contains(lower) || lower.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            return Verdict.withhold("'" + n + "' is a unit or an abbreviation, which takes no plural");
        }
        if (end < text.length() && text.charAt(end) == '.' && abbreviation(text, end, n)) {
            return Verdict.withhold("'" + n + ".' is an abbreviation, not a noun ending the sentence");
        }
        if (noun.has("MD")) {
            return Verdict.withhold("'" + n + "' can be a modal verb (" + noun.tagList() + "): the number may be "
                    + "the subject, as in \"over 65 will have\"");
        }
        if (before != null && SINGULAR_DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT))) {
            return Verdict.withhold("'" + before.text() + " " + number.text() + " " + n + "' is singular: the number "
                    + "and the word modify a later noun (\"a ten year program\")");
        }
        if (before != null && Character.isDigit(number.text().charAt(0))
                && (NOT_COUNTING.contains(before.text().toLowerCase(Locale.ROOT))
                || CAPITALISED.matcher(before.text()).matches() && !analysis.startsSentence(before.start())
                || "#$€£¥%".contains(before.text()))) {
            return Verdict.withhold("'" + before.text() + " " + number.text() + "' is a label, age or amount, "
                    + "not a count of '" + n + "'");
        }
        if (next == null) {
            return Verdict.withhold("nothing follows '" + n + "'");
        }
        String after = next.text().toLowerCase(Locale.ROOT);
        if (COORDINATING.contains(after)) {
            return Verdict.withhold("'" + next.text() + "' after '" + n + "' may lead on to the noun that \""
                    + number.text() + " " + n + "\" modifies (\"a ten year, $43 billion program\")");
        }
        if (next.hasAny("NN") && !next.hasAny(FUNCTION_WORD) && !VERB_AFTER.contains(after)) {
            return Verdict.withhold("'" + next.text() + "' can be a noun that \"" + number.text() + " " + n
                    + "\" modifies");
        }
        boolean verbReading = noun.hasAny("VB");
        if (verbReading && !FINITE_PLURAL_BE.contains(after)) {
            return Verdict.withhold("'" + n + "' can be a verb (" + noun.tagList() + ") and nothing after it rules "
                    + "that out: \"the two\" may be its subject");
        }
        MatchTokens.Word plural = tag(suggestion, noun);
        if (!plural.has("NNS") || !PLAIN_LOWER.matcher(suggestion).matches()) {
            return Verdict.withhold("the dictionary does not know '" + suggestion + "' as a plural noun");
        }
        StringBuilder evidence = new StringBuilder("'").append(number.text()).append("' counts '").append(n)
                .append("' (").append(noun.tagList()).append(") before '").append(next.text()).append("'");
        if (verbReading) {
            evidence.append(", which rules out its verb reading");
        }
        evidence.append("; '").append(suggestion).append("' is its plural (NNS)");
        return Verdict.apply(evidence.toString());
    }

    /**
     * Whether the period at {@code dot} after {@code word} marks an abbreviation: a letter
     * right after it ("p.m."), a lower-case word or a number after it ("two vol. were"),
     * or a word of three letters or fewer ("ft.", "no.") that may be one anyway.
     */
    private static boolean abbreviation(String text, int dot, String word) {
        if (word.length() <= 3) {
            return true;
        }
        int i = dot + 1;
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            return true;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (Character.isLowerCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
    }

    /** {@code word} tagged on its own, placed where {@code at} is. */
    private MatchTokens.Word tag(String word, MatchTokens.Word at) {
        List<AnalyzedTokenReadings> tagged;
        try {
            tagged = tagger.tag(List.of(word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> tags = tagged.isEmpty() ? Set.of() : MatchTokens.tags(tagged.get(0));
        return new MatchTokens.Word(word, at == null ? 0 : at.start(), at == null ? 0 : at.end(), tags);
    }
}
