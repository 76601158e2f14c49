package org.copydesk.stage.spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a token that is no word as two words run together, on general evidence rather
 * than a list of glue words: the token is absent from LanguageTool's English dictionary
 * (some 200,000 forms with frequency classes), from the names lexicon and from the
 * document's other tokens; it splits into two dictionary words, one of them a
 * function word of a closed class (determiner, pronoun, modal, preposition,
 * conjunction, a form of be, have or do) and the other a word of at least middling
 * frequency; the tagger's classes of the two may follow each other in English ("we" +
 * finite verb, "to" + bare verb, determiner + noun or adjective); and no second split
 * reads as well. A capitalised token splits only at the start of a sentence, after a
 * function word ("Weare" to "We are"), where a capital says nothing of a name.
 *
 * <p>The evidence is weaker, and the split only reported, in a document with code
 * (identifiers such as "isinstance" or "getstate" are words of their own there),
 * when a neighbour is no English word (a foreign passage: "tous les"), when two
 * splits read equally well ("beenforced"), and for two content words ("jobtraining",
 * where closed compounds such as "homecare" abound).
 */
final class GlueSplitter {
    /** A reading of a token as two words, with the confidence its evidence gives and that evidence in words. */
    record Reading(String left, String right, double confidence, String evidence, boolean functionWord,
                   boolean bothFunction) {
        String fixed() {
            return left + " " + right;
        }
    }

    /** A content word glued to a function word must be at least this common (LanguageTool's 0..25 classes). */
    private static final int CONTENT_FREQUENCY = 6;
    /**
     * A function word is a word of a closed class that is also common (class 12+: "the", "we", "must",
     * "our", "shall"); rarer ones ("lest", "til", "unto", "thy") more often end or begin other words.
     */
    private static final int FUNCTION_FREQUENCY = 12;
    /** Endings that make a word of a dictionary word ("despitefully", "rebellest", "shewest"). */
    private static final List<String> SUFFIXES = List.of("fully", "ly", "ness", "ful", "est", "eth", "st", "th", "ed", "er",
            "s", "es", "ing", "ment");
    /** Two content words must both be this common to be worth a report. */
    private static final int PAIR_FREQUENCY = 10;
    /** ... or this common when their shape or the document says they are a phrase ("appropriation bills"). */
    private static final int SHAPED_PAIR_FREQUENCY = 8;
    /** Suffixes of derived adjectives ("public", "final", "global"): such an adjective modifies, it heads no compound. */
    private static final List<String> ADJECTIVE_SUFFIXES = List.of("al", "ic", "ous", "ive", "ary", "ful", "ent",
            "ant", "able", "ible");
    /** Suffixes of derived nouns ("appropriation", "management"): long Latinate words that begin no compound. */
    private static final List<String> NOUN_SUFFIXES = List.of("tion", "sion", "ment", "ity", "ance", "ence");
    /** Heads of closed compounds after a noun: agent nouns and gerunds ("decisionmaking", "businessowners"). */
    private static final List<String> AGENT_ENDINGS = List.of("er", "ers", "ing", "or", "ors");
    private static final double APPLY = 0.8;
    /** A word one letter from the token this common makes the token more likely its typo. */
    private static final int NEAR_WORD_FREQUENCY = 7;
    private static final int RIVAL_MARGIN = 8;
    /** Two function words make a very common pair: a rival word must be about as common as they are. */
    private static final int RIVAL_MARGIN_FUNCTION = 2;
    /** Never a part: what is left of a contraction without its apostrophe, and the prefix "re". */
    private static final Set<String> NEVER_PARTS = Set.of("re", "ve", "ll", "nt");
    /**
     * Particles that make closed compounds with the word after them ("outbuild", "downpayment",
     * "afterschool", "evergrowing") or before them ("catchall", "turnoff", "ripoff"): a split there
     * may break a compound the dictionary lacks, so it is only reported.
     */
    private static final Set<String> COMPOUND_PARTICLES = Set.of("out", "up", "down", "back", "off", "over",
            "under", "after", "fore", "in", "on", "away", "all", "before", "afore", "sub", "mid", "non",
            "pre", "pro", "anti", "multi", "super", "inter", "post", "semi", "auto", "co", "sky");
    /** Particles that close compounds after a short verb ("catchall", "turnoff", "checkin", "standby"). */
    private static final Set<String> RIGHT_PARTICLES = Set.of("off", "up", "out", "over", "down", "back", "all",
            "away", "in", "on", "by");
    /** Heads of adverbial compounds with a function word after them ("thereout", "hereto", "whereinsoever"). */
    private static final Set<String> ADVERB_HEADS = Set.of("there", "here", "where");
    /** Words that end closed compounds after any word, as suffixes do ("bumperless", "lifelike", "clockwise"). */
    private static final Set<String> SUFFIX_WORDS = Set.of("less", "like", "wise", "ward", "wards", "ship", "hood",
            "fold", "man", "men", "woman", "women", "land", "side", "where", "ever", "able", "minded", "eyed",
            "hearted", "sided", "headed", "based",
            // productive heads of trade and usage compounds ("occasionwear", "kitchenware", "companywide",
            // "splashproof", "creditworthy"): new ones are coined closed, faster than dictionaries list them
            "wear", "ware", "wide", "proof", "worthy");
    /** Function words that end too many names to split off a capitalised token ("Marcus", "Bergin", "Curtis"). */
    private static final Set<String> NAME_ENDINGS = Set.of("in", "on", "at", "us", "as", "an", "by", "it", "or", "so",
            "he", "we", "is", "me", "my", "no", "do", "be", "her", "his", "son", "one", "all", "any", "each", "off");
    private static final double DOUBT = 0.6;

    private GlueSplitter() {
    }

    static Optional<Reading> read(String token, int start, int end, TextView view, SpacingLexicon lexicon) {
        boolean capitalised = Character.isUpperCase(token.charAt(0));
        boolean sentenceStart = view.analysis.startsSentence(start);
        if (lexicon.isVariantSpelling(token) || touchesHyphen(view.text, start, end) || isDerived(token, lexicon)
                || isEnSpelling(token, lexicon)) {
            return Optional.empty(); // "humour", "armour"; "right-toknow" is a compound's business
        }
        if (view.tokenCount(token) > 1 || capitalised && view.hasToken(token.toLowerCase(Locale.ROOT))
                || !capitalised && view.hasToken(Words.capitalise(token))) {
            return Optional.empty(); // the document's own word, name or term
        }
        List<Reading> readings = new ArrayList<>();
        for (int at = 2; at <= token.length() - 2; at++) {
            reading(token, start, end, at, capitalised, sentenceStart, view, lexicon).ifPresent(readings::add);
        }
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        readings.sort((a, b) -> Double.compare(b.confidence, a.confidence));
        Reading best = readings.get(0);
        List<String> doubts = new ArrayList<>();
        String modal = null;
        if (readings.size() > 1 && readings.get(1).confidence >= best.confidence - 0.05) {
            Reading bare = bareAfterModal(view.text, start, best, readings.get(1));
            if (bare != null) {
                modal = "; of \"" + best.fixed() + "\" and \"" + readings.get(1).fixed() + "\", only \"" + bare.left
                        + "\", a bare form, may follow the modal before it";
                best = bare;
            } else {
                doubts.add("it also reads as \"" + readings.get(1).fixed() + "\"");
            }
        }
        if (view.hasCodeLines()) {
            doubts.add("the document has code, where identifiers run words together");
        }
        boolean writtenApart = view.text.contains(best.left.toLowerCase(Locale.ROOT) + " " + best.right);
        // a word one letter away is a rival reading only when it is at least as common as the rarer part
        int weaker = Math.min(lexicon.frequency(best.left), lexicon.frequency(best.right));
        String near = !writtenApart
                ? lexicon.nearWord(token, Math.max(NEAR_WORD_FREQUENCY,
                        weaker - (best.bothFunction ? RIVAL_MARGIN_FUNCTION : RIVAL_MARGIN))) : null;
        // "a wound|in our": an article before, a determiner after; the preposition governs, no compound closes
        boolean prepositional = nounBeforePreposition(view, start, end)
                && WordClass.of(best.right).contains(WordClass.PREPOSITION);
        if (near != null && !(prepositional && near.equals(token.toLowerCase(Locale.ROOT) + "g"))) {
            doubts.add("it is one letter from \"" + near + "\" (a typo?)");
        }
        String compound = prepositional ? null : compoundPart(best, lexicon);
        if (compound != null) {
            doubts.add(compound);
        }
        String stem = lexicon.sameStem(token, best.left.length());
        if (stem != null) {
            doubts.add("it begins as the English word \"" + stem + "\" does, past the split (another form of it?)");
        }
        if (best.bothFunction && closesSentence(view.text, end)) {
            doubts.add("two function words would close the sentence");
        }
        String foreign = foreignNeighbour(view, lexicon, start, end);
        if (foreign != null) {
            doubts.add("its neighbour \"" + foreign + "\" is no English word");
        }
        String evidence = best.evidence + (modal != null ? modal : "");
        if (prepositional) {
            evidence += "; an article before it and a determiner after it make \"" + best.left + "\" a noun and \""
                    + best.right + "\" a preposition";
        }
        if (writtenApart && !evidence.contains("apart elsewhere")) {
            evidence += "; the text writes \"" + best.left.toLowerCase(Locale.ROOT) + " " + best.right + "\" elsewhere";
        }
        double confidence = best.confidence;
        if (!doubts.isEmpty()) {
            confidence = Math.min(confidence, DOUBT);
            evidence += ", but " + String.join(" and ", doubts);
        }
        return Optional.of(new Reading(best.left, best.right, confidence, evidence, best.functionWord,
                best.bothFunction));
    }

    private static Optional<Reading> reading(String token, int start, int end, int at, boolean capitalised,
                                             boolean sentenceStart, TextView view, SpacingLexicon lexicon) {
        String left = token.substring(0, at);
        String right = token.substring(at);
        // at a sentence start the capital may belong to a function word ("Weare"); elsewhere to a name ("Europeis")
        String leftWord = capitalised && sentenceStart ? left.toLowerCase(Locale.ROOT) : left;
        boolean nameLeft = capitalised && !sentenceStart;
        int leftFreq = nameLeft ? Math.max(lexicon.frequency(left),
                lexicon.isName(left) || view.hasToken(left) ? PAIR_FREQUENCY : -1) : lexicon.frequencyExact(leftWord);
        int rightFreq = lexicon.frequencyExact(right);
        if (nameLeft && (leftFreq < PAIR_FREQUENCY || NAME_ENDINGS.contains(right) || left.length() < 4
                || capitalisedBefore(view.text, start))) {
            // "General Mattis", "Marcus Valerius Martialis": a name after a capitalised word is a full name
            return Optional.empty();
        }
        if (leftFreq < 0 || rightFreq < 0) {
            return Optional.empty();
        }
        boolean prepositional = nounBeforePreposition(view, start, end);
        if (right.equals("in") && lexicon.isWord(token + "g") && !prepositional || NEVER_PARTS.contains(right)
                || NEVER_PARTS.contains(leftWord) || capitalised && (right.equals("an") || right.equals("as"))) {
            // "goin", "workin": a dropped g; "Youre", "recurse"; "-an", "-as" end names and foreign words
            return Optional.empty();
        }
        Set<WordClass> leftClasses = nameLeft ? java.util.EnumSet.of(WordClass.PROPER_NOUN) : WordClass.of(leftWord);
        Set<WordClass> rightClasses = WordClass.of(right);
        boolean leftFunction = WordClass.isFunction(leftClasses) && leftFreq >= FUNCTION_FREQUENCY;
        boolean rightFunction = WordClass.isFunction(rightClasses) && rightFreq >= FUNCTION_FREQUENCY;
        if (leftClasses.isEmpty() || rightClasses.isEmpty() || !WordClass.mayPrecede(leftClasses, rightClasses)) {
            return Optional.empty();
        }
        // before the token, a function word is read only as one ("the in|civilian" does not fit)
        if (!fitsNeighbours(view, start, end, leftFunction ? WordClass.functionReadings(leftClasses) : leftClasses,
                rightClasses)) {
            return Optional.empty(); // "the init function": no article stands before "in"
        }
        // at a sentence start a common word may also stand before a function word ("Thankyou"),
        // as long as the function word does not end many names ("Marcus")

        boolean startBeforeFunction = sentenceStart && rightFunction && !NAME_ENDINGS.contains(right)
                && leftFreq >= PAIR_FREQUENCY;
        if (capitalised && (sentenceStart ? !leftFunction && !startBeforeFunction : !rightFunction)) {
            return Optional.empty();
        }
        if (capitalised && sentenceStart && !(leftFunction && rightFunction) && !lowerWordFollows(view, end, lexicon)) {
            return Optional.empty(); // "Recordare, Jesu pie", "Ambat Delaso": a name or a foreign word
        }
        String pair = "\"" + left + "\" (" + String.join("/", WordClass.names(leftClasses)) + ") + \"" + right
                + "\" (" + String.join("/", WordClass.names(rightClasses)) + ")";
        if (leftFunction || rightFunction) {
            String content = leftFunction ? right : left;
            int contentFreq = leftFunction ? rightFreq : leftFreq;
            boolean bothFunction = leftFunction && rightFunction;
            if (!bothFunction && (contentFreq < CONTENT_FREQUENCY || content.length() < 3)) {
                return Optional.empty();
            }
            double confidence = APPLY + (bothFunction || contentFreq >= 10 ? 0.05 : 0)
                    - (token.length() < 5 ? 0.05 : 0) + Math.min(leftFreq, rightFreq) / 1000.0;
            return Optional.of(new Reading(left, right, confidence, "\"" + token + "\" is in neither the English"
                    + " dictionary nor the names; it reads as " + pair + ", a function word and a "
                    + (bothFunction ? "function word" : "word of frequency class " + contentFreq), true, bothFunction));
        }
        if (capitalised || right.length() < 4) {
            return Optional.empty();
        }
        // the document's usage is no evidence here: old and official English writes "mercy seat" and "mercyseat",
        // "decision making" and "decisionmaking" in one text
        String shape = unlikeCompound(left, right);
        String phrase = shape == null ? phraseShape(left, right) : null;
        int minFrequency = phrase != null ? SHAPED_PAIR_FREQUENCY : PAIR_FREQUENCY;
        if (left.length() < 4 || leftFreq < minFrequency || rightFreq < minFrequency) {
            return Optional.empty();
        }
        String why = shape != null ? shape : phrase;
        double base = shape != null ? APPLY - 0.02 : why != null ? APPLY : 0.5;
        double confidence = base + Math.min(leftFreq, rightFreq) / 1000.0;
        return Optional.of(new Reading(left, right, confidence, "\"" + token + "\" is in neither the English"
                + " dictionary nor the names; it reads as two common words, " + pair
                + (why != null ? ", and " + why : ""), false, false));
    }

    /**
     * Why two content words are no closed compound, or null. English compounds the dictionary lacks
     * ("homecare", "servicemembers", "filesystem") join a bare noun or short modifier to a word; a
     * plural first part ("expertspredicted") or a long adjective that is nothing else ("nuclearweapons")
     * is a phrase that lost its space.
     */
    private static String unlikeCompound(String left, String right) {
        List<String> tags = SpacingLexicon.tagsOf(left);
        boolean plural = left.endsWith("s") && tags.contains("NNS")
                && tags.stream().noneMatch(t -> t.equals("NN") || t.equals("NN:U") || t.equals("NN:UN"));
        if (plural) {
            return "\"" + left + "\" is a plural, which does not begin a compound";
        }
        boolean adjectiveOnly = left.length() >= 6 && !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("JJ"))
                && WordClass.of(right).contains(WordClass.NOUN);
        if (adjectiveOnly) {
            return "\"" + left + "\" is only an adjective, before a noun";
        }
        return null;
    }

    /**
     * Why two content words read as a phrase of English rather than a closed compound the dictionary lacks,
     * or null: the second is only an adverb or a comparative ("very|closely", "even|greater"), which ends no
     * compound; or the first is a derived word, an adjective of a Latinate suffix ("public|good",
     * "final|word"), a long derived noun ("appropriation|bills") or a long participle ("embarrassing|headlines",
     * "interrelated|global"), before a noun or adjective. English closes compounds of short native words
     * ("homecare", "lifestyle", "servicemembers"), not of these.
     */
    static String phraseShape(String left, String right) {
        if (SUFFIX_WORDS.contains(right) || RIGHT_PARTICLES.contains(right) || COMPOUND_PARTICLES.contains(left)) {
            return null;
        }
        List<String> rightTags = SpacingLexicon.tagsOf(right);
        boolean modifierOnly = !rightTags.isEmpty() && rightTags.stream().allMatch(t -> t.equals("RB")
                || t.equals("RBR") || t.equals("RBS") || t.equals("JJR") || t.equals("JJS"));
        if (modifierOnly) {
            return "\"" + right + "\" is only an adverb or a comparative, which ends no compound";
        }
        Set<WordClass> rightClasses = WordClass.of(right);
        if (!(rightClasses.contains(WordClass.NOUN) || rightClasses.contains(WordClass.ADJECTIVE))
                || WordClass.isFunction(rightClasses)) {
            return null;
        }
        if (AGENT_ENDINGS.stream().anyMatch(right::endsWith)) {
            return null; // "decisionmaking", "policymakers", "businessowners": compounds of a noun and an agent
        }
        List<String> leftTags = SpacingLexicon.tagsOf(left);
        boolean adjective = leftTags.stream().anyMatch(t -> t.startsWith("JJ"));
        // the stem before the suffix must be a real stem: "fin|al", "publ|ic", not "ol|ive"
        boolean derivedAdjective = adjective && ADJECTIVE_SUFFIXES.stream()
                .anyMatch(x -> left.endsWith(x) && left.length() - x.length() >= 3);
        boolean derivedNoun = leftTags.stream().anyMatch(t -> t.startsWith("NN"))
                && NOUN_SUFFIXES.stream().anyMatch(x -> left.endsWith(x) && left.length() - x.length() >= 4);
        // an adjectival participle of ten letters or more ("embarrassing", "interrelated"); shorter ones close
        // old compounds ("threshingplace", "restingplace")
        boolean longParticiple = left.length() >= 10 && (left.endsWith("ing") || left.endsWith("ed")) && adjective;
        // a past tense before an adjective, its complement ("left|innocent", "grew|stronger"): English closes
        // compounds of a past form only with a particle ("leftover", "builtin"), which is no adjective
        boolean pastBeforeAdjective = leftTags.contains("VBD") && !rightTags.isEmpty()
                && rightTags.stream().anyMatch(t -> t.startsWith("JJ"))
                && rightTags.stream().noneMatch(t -> t.startsWith("VB") || t.equals("RP") || t.equals("IN"));
        if (pastBeforeAdjective) {
            return "\"" + left + "\" is a past tense and \"" + right + "\" an adjective, its complement";
        }
        if (derivedAdjective || derivedNoun || longParticiple) {
            return "\"" + left + "\" is a derived " + (derivedNoun ? "noun" : derivedAdjective ? "adjective" : "participle")
                    + ", which begins no compound";
        }
        return null;
    }

    /**
     * "will beenforced": of two readings that tie ("been forced", "be enforced"), the one whose first part is
     * a bare verb when the word before is a modal, and the other's first part is not ("will been" is no
     * English); null when the word before is no modal or both or neither fit.
     */
    private static Reading bareAfterModal(String text, int start, Reading one, Reading other) {
        String before = neighbour(text, start, -1);
        if (before == null || !SpacingLexicon.tagsOf(before.toLowerCase(Locale.ROOT)).contains("MD")) {
            return null;
        }
        boolean oneBare = SpacingLexicon.tagsOf(one.left.toLowerCase(Locale.ROOT)).contains("VB");
        boolean otherBare = SpacingLexicon.tagsOf(other.left.toLowerCase(Locale.ROOT)).contains("VB");
        return oneBare == otherBare ? null : oneBare ? one : other;
    }

    /**
     * "a wound|in our", "a start|in the": an article before and an article or determiner after; the first part
     * is then a noun and the second a preposition governing what follows, not a particle closing a compound
     * ("checkin") nor a dropped g ("woundin'").
     */
    static boolean nounBeforePreposition(TextView view, int start, int end) {
        String before = neighbour(view.text, start, -1);
        String after = neighbour(view.text, end, +1);
        if (before == null || after == null) {
            return false;
        }
        Set<WordClass> prev = WordClass.of(before);
        Set<WordClass> next = WordClass.of(after);
        return prev.equals(java.util.EnumSet.of(WordClass.ARTICLE))
                && (next.contains(WordClass.ARTICLE) || next.contains(WordClass.DETERMINER));
    }

    /** The word one space before {@code at} (direction -1) or after it (+1) on the same line, or null. */
    private static String neighbour(String text, int at, int direction) {
        if (direction < 0) {
            if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
                return null;
            }
            int w = at - 2;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            return text.substring(w, at - 1);
        }
        if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isLetter(text.charAt(at + 1))) {
            return null;
        }
        int w = at + 1;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return text.substring(at + 1, w);
    }

    /**
     * The words right before and after the token (only spaces between) must be able to stand
     * next to the two parts: the same word-class pairs as inside the token.
     */
    private static boolean fitsNeighbours(TextView view, int start, int end, Set<WordClass> left,
                                          Set<WordClass> right) {
        int i = start;
        while (i > 0 && view.text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i < start && i > 0 && Character.isLetter(view.text.charAt(i - 1))) {
            Matcher before = Words.TOKEN.matcher(view.text.substring(view.text.lastIndexOf(' ', i - 1) + 1, i));
            if (before.matches()) {
                Set<WordClass> prev = WordClass.of(before.group());
                if (!prev.isEmpty() && !WordClass.mayPrecede(prev, left)) {
                    return false;
                }
            }
        }
        int j = end;
        while (j < view.text.length() && view.text.charAt(j) == ' ') {
            j++;
        }
        if (j > end) {
            Matcher after = Words.TOKEN.matcher(view.text).region(j, view.text.length());
            if (after.lookingAt() && !after.group().contains("'") && !after.group().contains("’")) {
                Set<WordClass> next = WordClass.of(after.group());
                return next.isEmpty() || WordClass.mayFollowPair(left, right, next);
            }
        }
        return true;
    }

    /** True when a space and a lower-case English word follow the token. */
    private static boolean lowerWordFollows(TextView view, int end, SpacingLexicon lexicon) {
        if (end >= view.text.length() || view.text.charAt(end) != ' ') {
            return false;
        }
        Matcher next = Words.TOKEN.matcher(view.text).region(end + 1, view.text.length());
        return next.lookingAt() && Words.isAllLower(next.group()) && lexicon.isWhole(next.group());
    }

    /** "intreat", "inclose": the older in- spelling of an en- word of the dictionary ("entreat", "enclose"). */
    private static boolean isEnSpelling(String token, SpacingLexicon lexicon) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.startsWith("in") && (lexicon.isWhole("en" + lower.substring(2))
                || isDerived("en" + lower.substring(2), lexicon));
    }

    /** A dictionary word with an ending: "despitefully", "rebellest" (rebel), "shewest" (shew). */
    private static boolean isDerived(String token, SpacingLexicon lexicon) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (lower.length() - suffix.length() < 3 || !lower.endsWith(suffix)) {
                continue;
            }
            String stem = lower.substring(0, lower.length() - suffix.length());
            if (lexicon.isWhole(token.substring(0, stem.length()))) {
                return true; // "Norways": a name and an ending (a possessive that lost its apostrophe)
            }
            boolean doubled = stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
            if (lexicon.isWhole(stem) || lexicon.isWhole(stem + "e") || lexicon.isVariantSpelling(stem)
                    || doubled && lexicon.isWhole(stem.substring(0, stem.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when the word before the token, on its line and only spaces away, is capitalised. */
    private static boolean capitalisedBefore(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == start || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        int w = i - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Character.isUpperCase(text.charAt(w));
    }

    private static boolean closesSentence(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean touchesHyphen(String text, int start, int end) {
        return start > 0 && "-‐‑".indexOf(text.charAt(start - 1)) >= 0
                || end < text.length() && "-‐‑".indexOf(text.charAt(end)) >= 0;
    }

    /** Why the reading may break a closed compound (a particle and a content word), or null. */
    private static String compoundPart(Reading r, SpacingLexicon lexicon) {
        String left = r.left.toLowerCase(Locale.ROOT);
        boolean rightFunction = WordClass.isFunction(WordClass.of(r.right));
        boolean inOn = left.equals("in") || left.equals("on");
        boolean leftParticle = COMPOUND_PARTICLES.contains(left) && !rightFunction
                && (!inOn || SpacingLexicon.tagsOf(r.right).contains("VBG"))
                // "thereout", "whereinsoever", "selfwill": the heads of closed compounds the dictionary lacks
                // "forborn", "forgone": the prefix for- before a participle
                || left.equals("for") && SpacingLexicon.tagsOf(r.right).contains("VBN")
                        && !SpacingLexicon.canBeNoun(r.right)
                || ADVERB_HEADS.stream().anyMatch(left::startsWith)
                || lexicon.isCompoundHead(left) && (ADVERB_HEADS.contains(left)
                        || !WordClass.isFunction(WordClass.of(left)));
        boolean rightParticle = SUFFIX_WORDS.contains(r.right) || RIGHT_PARTICLES.contains(r.right) && left.length() <= 5
                && isVerb(WordClass.of(left)) && !WordClass.isFunction(WordClass.of(left));
        if (leftParticle || rightParticle) {
            return "\"" + (leftParticle ? left : r.right) + "\" makes closed compounds";
        }
        return null;
    }

    private static boolean isVerb(Set<WordClass> classes) {
        return classes.contains(WordClass.VERB_BASE) || classes.contains(WordClass.VERB_FINITE)
                || classes.contains(WordClass.PARTICIPLE);
    }

    /** The first word on either side, on the same line, that is lower case and no English word; else null. */
    private static String foreignNeighbour(TextView view, SpacingLexicon lexicon, int start, int end) {
        int lineStart = view.text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = view.text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? view.text.length() : lineEnd;
        String before = null;
        Matcher m = Words.TOKEN.matcher(view.text).region(lineStart, start);
        while (m.find()) {
            before = m.group();
        }
        m = Words.TOKEN.matcher(view.text).region(end, lineEnd);
        String after = m.find() ? m.group() : null;
        for (String word : new String[] {before, after}) {
            if (word != null && Words.isAllLower(word) && !lexicon.isWhole(word) && !word.contains("'")
                    && !word.contains("’")) {
                return word;
            }
        }
        return null;
    }
}
