package org.copydesk.stage.spacing;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Coarse word classes read from LanguageTool's English tagger, and which class may
 * follow which in running English: the evidence that two words glued together were
 * a pair ("we|must", "to|do", "the|opioid") rather than a name or a closed compound
 * ("in|do" in "Indo", "is|upper" in "isupper").
 */
enum WordClass {
    ARTICLE, DETERMINER, NEGATION, SUBJECT, OBJECT, MODAL, TO, PREPOSITION, CONJUNCTION, WH, THERE, AUXILIARY,
    VERB_BASE, VERB_FINITE, PARTICIPLE, GERUND, NOUN, PROPER_NOUN, ADJECTIVE, ADVERB, NUMBER;

    /** Forms of be, have and do: function words whatever the tagger says of "do" or "have". */
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "am", "was", "were", "been", "being",
            "have", "has", "had", "do", "does", "did");

    /** Determiners that never stand for a noun: "the is" is no English, "this is" is. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "every", "no", "my", "our", "your", "his",
            "their", "its", "her");

    /**
     * Quantifiers: determiners of a closed class ("more pesticides", "many tasks") that also stand as adjectives
     * after an article ("the many tasks"); the tagger reads "more" only as a comparative.
     */
    private static final Set<String> QUANTIFIERS = Set.of("many", "much", "more", "most", "few", "fewer", "several");

    /** Closed classes: a glue across one of these is the common case of stripped spacing. */
    private static final Set<WordClass> FUNCTION = EnumSet.of(ARTICLE, DETERMINER, NEGATION, SUBJECT, OBJECT, MODAL, TO, PREPOSITION,
            CONJUNCTION, WH, THERE, AUXILIARY);

    /** The classes of a word (lower case), empty when the tagger does not know it. */
    static Set<WordClass> of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<WordClass> out = EnumSet.noneOf(WordClass.class);
        if (AUXILIARIES.contains(lower)) {
            out.add(AUXILIARY);
        }
        if (lower.equals("not")) {
            out.add(NEGATION);
        }
        if (QUANTIFIERS.contains(lower)) {
            out.add(DETERMINER);
            out.add(ADJECTIVE);
        }
        for (String tag : SpacingLexicon.tagsOf(lower)) {
            WordClass c = ARTICLES.contains(lower) && (tag.equals("DT") || tag.equals("PRP$")) ? ARTICLE : ofTag(tag);
            if (c != null) {
                out.add(c);
            }
            if (tag.equals("VBP")) {
                out.add(VERB_FINITE);
            }
        }
        return out;
    }

    private static WordClass ofTag(String tag) {
        if (tag.equals("DT") || tag.equals("PRP$")) {
            return DETERMINER;
        }
        if (tag.startsWith("PRP_S")) {
            return SUBJECT;
        }
        if (tag.startsWith("PRP_O") || tag.startsWith("PRP_R")) {
            return OBJECT;
        }
        return switch (tag) {
            case "MD" -> MODAL;
            case "TO" -> TO;
            case "IN" -> PREPOSITION;
            case "RP" -> ADVERB;
            case "CC" -> CONJUNCTION;
            case "WDT", "WP", "WP$", "WRB" -> WH;
            case "EX" -> THERE;
            case "VB", "VBP" -> VERB_BASE;
            case "VBD", "VBZ" -> VERB_FINITE;
            case "VBN" -> PARTICIPLE;
            case "VBG" -> GERUND;
            case "NNP", "NNPS" -> PROPER_NOUN;
            case "CD" -> NUMBER;
            default -> tag.startsWith("NN") ? NOUN : tag.startsWith("JJ") ? ADJECTIVE
                    : tag.startsWith("RB") ? ADVERB : null;
        };
    }

    /**
     * The closed-class readings of a word taken as a function word ("in" as a preposition, not a noun). A
     * word whose only closed classes are conjunction or determiner keeps its adverb and adjective readings:
     * "now" and "so" are sentence adverbs ("and now"), "many" an adjective after an article ("the many").
     */
    static Set<WordClass> functionReadings(Set<WordClass> classes) {
        Set<WordClass> out = EnumSet.noneOf(WordClass.class);
        classes.stream().filter(FUNCTION::contains).forEach(out::add);
        if (EnumSet.of(CONJUNCTION, DETERMINER).containsAll(out)) {
            classes.stream().filter(c -> c == ADVERB || c == ADJECTIVE).forEach(out::add);
        }
        return out;
    }

    static boolean isFunction(Set<WordClass> classes) {
        return classes.stream().anyMatch(FUNCTION::contains);
    }

    /** True when some reading of the left word may be followed by some reading of the right one. */
    static boolean mayPrecede(Set<WordClass> left, Set<WordClass> right) {
        for (WordClass l : left) {
            for (WordClass r : right) {
                if (l.followers().contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of {@code next} may follow the pair {@code left right}: {@link #mayPrecede} over the readings of
     * {@code right} that may follow {@code left}, where the object of a preposition closes its phrase. A noun, a
     * modifier or a determiner follows an object pronoun only as a verb's second object ("gave it time"), so "in it"
     * before "system" is no reading of "init".
     */
    static boolean mayFollowPair(Set<WordClass> left, Set<WordClass> right, Set<WordClass> next) {
        for (WordClass l : left) {
            for (WordClass r : right) {
                if (!l.followers().contains(r)) {
                    continue;
                }
                Set<WordClass> followers = l == PREPOSITION && r == OBJECT ? AFTER_PREPOSITIONAL_OBJECT : r.followers();
                for (WordClass n : next) {
                    if (followers.contains(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<WordClass> AFTER_PREPOSITIONAL_OBJECT;

    static {
        Set<WordClass> s = EnumSet.copyOf(OBJECT.followers());
        s.removeAll(EnumSet.of(NOUN, ADJECTIVE, NUMBER, ARTICLE, DETERMINER));
        AFTER_PREPOSITIONAL_OBJECT = s;
    }

    private static final Set<WordClass> CONTENT = EnumSet.of(NOUN, PROPER_NOUN, ADJECTIVE, NUMBER);

    /** What may follow a word of this class in English prose (liberal: only clear misfits are left out). */
    Set<WordClass> followers() {
        return switch (this) {
            case ARTICLE -> EnumSet.of(NOUN, PROPER_NOUN, ADJECTIVE, NUMBER, ADVERB, PARTICIPLE, GERUND);
            case DETERMINER -> EnumSet.of(NOUN, PROPER_NOUN, ADJECTIVE, NUMBER, ADVERB, PARTICIPLE, GERUND, VERB_FINITE,
                    MODAL, AUXILIARY, PREPOSITION, ARTICLE, DETERMINER);
            case NEGATION -> EnumSet.complementOf(EnumSet.of(NEGATION, SUBJECT, CONJUNCTION));
            case SUBJECT -> EnumSet.of(VERB_FINITE, VERB_BASE, MODAL, ADVERB, AUXILIARY);
            case OBJECT -> EnumSet.of(PREPOSITION, TO, CONJUNCTION, ADVERB, ARTICLE, DETERMINER, NOUN, ADJECTIVE,
                    NUMBER, WH, VERB_FINITE, MODAL, AUXILIARY);
            case MODAL -> EnumSet.of(VERB_BASE, ADVERB, AUXILIARY, SUBJECT, NEGATION);
            case TO -> EnumSet.of(VERB_BASE, ARTICLE, DETERMINER, NOUN, PROPER_NOUN, OBJECT, NUMBER, ADJECTIVE, AUXILIARY);
            case PREPOSITION -> EnumSet.of(ARTICLE, DETERMINER, NOUN, PROPER_NOUN, ADJECTIVE, NUMBER, OBJECT, SUBJECT,
                    GERUND, WH, ADVERB, THERE);
            case CONJUNCTION -> EnumSet.complementOf(EnumSet.of(CONJUNCTION));
            case WH -> EnumSet.of(SUBJECT, VERB_FINITE, MODAL, ARTICLE, DETERMINER, NOUN, PROPER_NOUN, ADJECTIVE, ADVERB,
                    AUXILIARY, THERE);
            case THERE -> EnumSet.of(VERB_FINITE, MODAL, AUXILIARY);
            case AUXILIARY -> EnumSet.of(PARTICIPLE, GERUND, AUXILIARY, ADVERB, NEGATION, ARTICLE, DETERMINER, ADJECTIVE, NOUN, PROPER_NOUN, PREPOSITION,
                    TO, SUBJECT, OBJECT, NUMBER, THERE);
            case VERB_BASE, VERB_FINITE, PARTICIPLE, GERUND -> EnumSet.of(ARTICLE, DETERMINER, NEGATION, OBJECT, PREPOSITION, TO, ADVERB, NOUN,
                    PROPER_NOUN, ADJECTIVE, CONJUNCTION, SUBJECT, WH, NUMBER);
            case NOUN, PROPER_NOUN -> EnumSet.of(PREPOSITION, TO, CONJUNCTION, MODAL, VERB_FINITE, AUXILIARY, WH,
                    ADVERB, PARTICIPLE, GERUND, NOUN, SUBJECT, ARTICLE, DETERMINER, NUMBER);
            case ADJECTIVE -> EnumSet.of(PREPOSITION, TO, CONJUNCTION, NOUN, PROPER_NOUN, ADJECTIVE, WH, ADVERB, NUMBER);
            case ADVERB -> EnumSet.of(ADJECTIVE, ADVERB, VERB_FINITE, VERB_BASE, PARTICIPLE, GERUND, SUBJECT, ARTICLE,
                    DETERMINER,
                    PREPOSITION, MODAL, AUXILIARY, CONJUNCTION, NUMBER);
            case NUMBER -> EnumSet.of(NOUN, ADJECTIVE, PREPOSITION, CONJUNCTION);
        };
    }

    static boolean isContent(Set<WordClass> classes) {
        return classes.stream().anyMatch(CONTENT::contains);
    }

    static List<String> names(Set<WordClass> classes) {
        return classes.stream().map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
    }
}
