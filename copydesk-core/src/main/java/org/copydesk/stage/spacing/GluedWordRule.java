package org.copydesk.stage.spacing;

import java.util.Optional;
import java.util.regex.Matcher;
import org.copydesk.core.Draft;
import org.copydesk.text.LostCharacters;

/**
 * Words run together where a tag was stripped: "Putinand", "Jinpinghad",
 * "organizationsin", "worldincluding", "ofthe". A token is split only when
 * it is not a word itself (so "nowhere", "island", "Holland" stay) and one
 * side is a function word from {@code spacing/glue-words.tsv} while the other
 * is a good word or a known name. Two content words run together
 * ("vaccinerollout") are only reported.
 *
 * <p>A split also needs the text around it to agree; otherwise it is only
 * reported. A surname such as "Robinson" or "Bertrand" ends in "on" or "and"
 * without any glue: a conjunction or preposition split off the end must have
 * something to govern, so a split that would leave it before a full stop, a
 * closing bracket or the end of a line ("-- Yves Montand"), or before the same
 * word again ("Petr Viktorin in"), is not trusted. A token the text uses
 * more than once is the document's own name or term, not an accident of one
 * stripped tag. Code, identifiers and preformatted lines are never split.
 */
final class GluedWordRule implements SpacingRule {
    static final String RULE = "GLUED_FUNCTION_WORD";
    static final String RULE_CONTENT = "GLUED_WORDS";
    /** The general reading of {@link GlueSplitter}: lexicon, word classes and the document's usage. */
    static final String RULE_LEXICON = "GLUED_SPLIT";
    private static final int MIN_TOKEN = 5;
    /** {@link GlueSplitter} also reads four-letter tokens ("todo", "tous"): its evidence does not rest on length. */
    private static final int MIN_TOKEN_LEXICON = 4;
    private static final double APPLY = 0.75;
    /** Two glued words are never longer; a longer token is a code, a hash or noise, and every split of it
     *  costs a copy of it (a 1 MB token was quadratic). */
    private static final int MAX_TOKEN = 48;

    private static final double DOUBTFUL = 0.45;

    private record Split(int at, double confidence, String rule) {
        boolean beats(Split other) {
            return other == null || confidence > other.confidence;
        }
    }

    @Override
    public void apply(TextView view, SpacingLexicon lexicon, Draft draft) {
        Matcher m = Words.TOKEN.matcher(view.text);
        while (m.find()) {
            String token = m.group();
            if (token.length() < MIN_TOKEN_LEXICON || token.length() > MAX_TOKEN
                    || !token.chars().allMatch(Character::isLetter)
                    || !(Words.isAllLower(token) || Words.isCapitalised(token))
                    || Words.touchesDigit(view.text, m.start(), m.end()) || view.isCode(m.start(), m.end())
                    // a split would also change what the unicode stage judged the U+FFFD by ("and the\uFFFDlast":
                    // two English words around it, a lost space, on a second clean)
                    || LostCharacters.touches(view.text, m.start(), m.end())
                    || m.end() < view.text.length() && "'’".indexOf(view.text.charAt(m.end())) >= 0
                    || lexicon.isWhole(token)
                    // a program's name ("init" of "init()", "uscan checks whether ...")
                    || view.analysis.programName(token, m.start())
                    // a package's name in a list of them ("accountsservice, system-config-printer")
                    || IdentifierList.itemBesideIdentifier(view.text, m.start(), m.end(), lexicon::isWhole)) {
                continue;
            }
            Split best = token.length() >= MIN_TOKEN ? bestSplit(token, view, lexicon) : null;
            if (best == null || best.rule.equals(RULE_CONTENT)) {
                if (!splitByLexicon(token, m.start(), m.end(), view, lexicon, draft) && best != null) {
                    report(token, best, m.start(), m.end(), draft);
                }
                continue;
            }
            String right = token.substring(best.at);
            String fixed = token.substring(0, best.at) + " " + right;
            String reason = "glued words: \"" + token.substring(0, best.at) + "\" + \"" + right + "\"";
            String doubt = doubt(view, lexicon, token, right, m.end());
            if (doubt == null) {
                doubt = SourceLanguageWords.languageOf(token, draft.options().languages())
                        .map(code -> "it is a word of the source language '" + code + "'").orElse(null);
            }
            if (doubt != null) {
                draft.report(m.start(), m.end(), RULE, GLUED, Math.min(best.confidence, DOUBTFUL),
                        reason + ", but " + doubt, fixed);
                continue;
            }
            if (best.confidence < APPLY && splitByLexicon(token, m.start(), m.end(), view, lexicon, draft)) {
                continue;
            }
            // three words run together ("Theministersaid"): the piece left glued ("Theminister") would be split
            // on a second clean, so it is split now, by the same judgement
            String leftPieces = splitPiece(token.substring(0, best.at), view, lexicon);
            String rightPieces = splitPiece(right, view, lexicon);
            double confidence = best.confidence;
            if (leftPieces != null || rightPieces != null) {
                fixed = (leftPieces != null ? leftPieces : token.substring(0, best.at)) + " "
                        + (rightPieces != null ? rightPieces : right);
                reason = "glued words: \"" + String.join("\" + \"", fixed.split(" ")) + "\"";
                confidence = Math.min(confidence, PIECE_CONFIDENCE);
            }
            draft.replace(m.start(), m.end(), fixed, RULE, GLUED, confidence, reason);
        }
    }

    private static void report(String token, Split best, int start, int end, Draft draft) {
        String right = token.substring(best.at);
        draft.report(start, end, best.rule, GLUED, best.confidence,
                "glued words: \"" + token.substring(0, best.at) + "\" + \"" + right + "\"",
                token.substring(0, best.at) + " " + right);
    }

    /**
     * Asks {@link GlueSplitter} for a reading; splits when its evidence is strong, reports it when
     * the splitter found a reading but with doubts. Returns false when it had no reading at all.
     */
    private static boolean splitByLexicon(String token, int start, int end, TextView view, SpacingLexicon lexicon,
                                          Draft draft) {
        var reading = GlueSplitter.read(token, start, end, view, lexicon);
        if (reading.isEmpty()) {
            return false;
        }
        GlueSplitter.Reading r = reading.get();
        // two function words ("andan": and an) are the commonest glue, and a leftover of that shape rare
        Optional<String> source = r.confidence() >= APPLY && !r.bothFunction()
                ? SourceLanguageWords.languageOf(token, draft.options().languages()) : Optional.empty();
        if (source.isPresent()) {
            draft.report(start, end, RULE_LEXICON, GLUED, DOUBTFUL, r.evidence() + ", but it is a word of the source"
                    + " language '" + source.get() + "': a translator's leftover, more likely", r.fixed());
        } else if (r.confidence() >= APPLY) {
            draft.replace(start, end, r.fixed(), RULE_LEXICON, GLUED, r.confidence(), r.evidence());
        } else {
            draft.report(start, end, r.functionWord() ? RULE_LEXICON : RULE_CONTENT, GLUED, r.confidence(),
                    r.evidence(), r.fixed());
        }
        return true;
    }

    /** A piece split further is as sure as its weakest split, and no surer than this. */
    private static final double PIECE_CONFIDENCE = 0.85;

    /**
     * A piece of a split token, split again when it is itself two glued words by a sure
     * reading ("Theminister"): the piece with its space, or null when it stays whole. A piece
     * the text also writes on its own more than once is the document's term and stays.
     */
    private static String splitPiece(String piece, TextView view, SpacingLexicon lexicon) {
        if (piece.length() < MIN_TOKEN || !(Words.isAllLower(piece) || Words.isCapitalised(piece))
                || lexicon.isWhole(piece) || view.tokenCount(piece) > 1) {
            return null;
        }
        Split s = bestSplit(piece, view, lexicon);
        if (s == null || !s.rule.equals(RULE) || s.confidence < PIECE_CONFIDENCE) {
            return null;
        }
        String right = piece.substring(s.at);
        String rightPieces = splitPiece(right, view, lexicon);
        String leftPieces = splitPiece(piece.substring(0, s.at), view, lexicon);
        return (leftPieces != null ? leftPieces : piece.substring(0, s.at)) + " " + (rightPieces != null ? rightPieces : right);
    }

    /** Why the context speaks against a split, or null when nothing does. */
    private static String doubt(TextView view, SpacingLexicon lexicon, String token, String right, int end) {
        int uses = view.tokenCount(token);
        String left = token.substring(0, Math.max(0, token.length() - right.length()));
        // a name or term is never made of two function words ("ofthe" twice is the same accident twice)
        boolean twoFunctionWords = !lexicon.glue(left.toLowerCase(java.util.Locale.ROOT)).isEmpty()
                && !lexicon.glue(right).isEmpty();
        if (uses > 1 && !twoFunctionWords) {
            return "the text uses \"" + token + "\" " + uses + " times: its own name or term";
        }
        if (lexicon.glue(right).isEmpty() || SpacingLexicon.canEndClause(right)) {
            return null;
        }
        int i = end;
        while (i < view.text.length() && (view.text.charAt(i) == ' ' || view.text.charAt(i) == '\t')) {
            i++;
        }
        if (i == view.text.length() || ".!?;:)]}\n\r".indexOf(view.text.charAt(i)) >= 0) {
            return "\"" + right + "\" would govern nothing (end of sentence or line): a name's ending";
        }
        Matcher next = Words.TOKEN.matcher(view.text).region(i, view.text.length());
        if (next.lookingAt() && next.group().equalsIgnoreCase(right)) {
            return "\"" + right + "\" would come twice: a name's ending";
        }
        return null;
    }

    private static Split bestSplit(String token, TextView view, SpacingLexicon lexicon) {
        Split best = null;
        int ambiguous = 0;
        for (int at = 2; at <= token.length() - 2; at++) {
            Split s = judge(token, at, view, lexicon);
            if (s == null) {
                continue;
            }
            if (s.confidence >= 0.75) {
                ambiguous++;
            }
            if (s.beats(best)) {
                best = s;
            }
        }
        if (best != null && ambiguous > 1 && best.rule.equals(RULE)) {
            // two readings ("Yearand": Year+and; "therein": there+in) mean we cannot be sure
            return new Split(best.at, Math.min(best.confidence, 0.6), RULE);
        }
        return best;
    }

    private static Split judge(String token, int at, TextView view, SpacingLexicon lexicon) {
        String left = token.substring(0, at);
        String right = token.substring(at);
        boolean lowerToken = Character.isLowerCase(token.charAt(0));
        var rightGlue = lexicon.glue(right).filter(SpacingLexicon.Glue::after);
        if (rightGlue.isPresent() && lexicon.glue(left).isPresent()) {
            return new Split(at, 0.9, RULE);
        }
        var leftGlue = lexicon.glue(left).filter(SpacingLexicon.Glue::before)
                .filter(g -> lowerToken || left.equals("The") || left.equals("And"));
        if (rightGlue.isPresent()) {
            boolean strong = rightGlue.get().strong();
            // a name the text also uses on its own counts, but only before a long glue word:
            // in a long text some "Kishi" will turn up to make "Kishion" look glued
            boolean name = lexicon.isName(left) || strong && !lowerToken && view.hasToken(left);
            return glueAfter(left, right, name, strong, at, lexicon);
        }
        if (leftGlue.isPresent()) {
            return glueBefore(right, leftGlue.get().strong(), at, lexicon);
        }
        if (lowerToken && left.length() >= 4 && right.length() >= 4 && lexicon.frequency(left) >= 11
                && lexicon.frequency(right) >= 11 && lexicon.isWord(left) && lexicon.isWord(right)) {
            return new Split(at, 0.5, RULE_CONTENT);
        }
        return null;
    }

    /**
     * "Putin|and", "organizations|in": the word before the glue must be good:
     * a known name (or one the text also uses on its own), a proper noun of
     * the dictionary, or a common word.
     */
    private static Split glueAfter(String left, String glue, boolean name, boolean strong, int at,
                                   SpacingLexicon lexicon) {
        boolean lowerToken = Character.isLowerCase(left.charAt(0));
        if (left.length() < 3 || !lowerToken && !name && left.length() < 4 || lexicon.isCompoundHead(left)) {
            return null;
        }
        boolean known = name || lexicon.isWord(left);
        int freq = lexicon.frequency(left);
        if (strong) {
            if (name || known && freq >= 8) {
                return new Split(at, 0.9, RULE);
            }
            if (!lowerToken && lexicon.frequencyExact(left) >= 0) {
                return new Split(at, 0.85, RULE);
            }
            if (known && left.length() >= 4) {
                return new Split(at, 0.7, RULE);
            }
            // an unknown name before "and" ("Tokayevand") is worth a look, not a fix
            return !lowerToken && left.length() >= 4 && glue.equals("and") ? new Split(at, 0.55, RULE) : null;
        }
        // short glue ("in", "on", "of") ends too many names and foreign words to trust after a rare word
        if (lowerToken && known && left.length() >= 4 && freq >= 10) {
            // after a verb, "in"/"on" may be a particle of a closed compound ("checkin", "signin", "logon")
            // or a dropped g ("talkin"): only worth a finding
            return new Split(at, SpacingLexicon.canBeVerbBase(left) ? 0.6 : 0.85, RULE);
        }
        if (!lowerToken && left.length() >= 5 && (name || lexicon.frequencyExact(left) >= 10)) {
            return new Split(at, 0.8, RULE);
        }
        return null;
    }

    /** "the|world", "of|Russia": the word after the glue must be common. */
    private static Split glueBefore(String right, boolean strong, int at, SpacingLexicon lexicon) {
        if (right.length() < 3 || !lexicon.isWord(right)) {
            return null;
        }
        int freq = lexicon.frequency(right);
        if (strong && freq >= 10) {
            return new Split(at, 0.85, RULE);
        }
        if (!strong && right.length() >= 4 && freq >= 12) {
            return new Split(at, 0.8, RULE);
        }
        return null;
    }
}
