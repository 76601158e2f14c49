package org.copydesk.stage.names;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameScripts;
import org.copydesk.lexicon.NameScripts.Script;
import org.copydesk.text.SpanIndex;

/**
 * Finds the names of the lexicon in a text: whole names in Latin letters
 * (longest first), surnames alone, and names in native script. Only spans
 * that match the list are returned, so unknown Latin-script names are never
 * touched.
 */
final class MentionFinder {
    private static final int MAX_NAME_TOKENS = 7;
    private static final int MAX_SHORT_TOKENS = 3;
    private static final int MAX_NATIVE_WORDS = 4;
    /** Names this short (letters only) are matched only as listed, case included. */
    private static final int SHORT_LETTERS = 3;
    /** Lower-case words that may open or sit inside a name: "al-Sharaa", "von der Leyen", "Lula da Silva". */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "an", "ar", "bin", "ibn", "ben",
            "bint", "da", "de", "del", "della", "di", "dos", "das", "do", "du", "la", "le", "van", "von", "der",
            "den", "ter", "y", "e");
    /** Word endings after an apostrophe that make it a possessive or contraction, not part of a name. */
    private static final Set<String> CLITICS = Set.of("s", "S", "t", "ll", "re", "ve", "d", "m");

    private final NameLexicon names;
    private final NamesData data;
    private final Predicate<String> commonWord;
    private final Predicate<String> knownName;

    /**
     * {@code commonWord} tells lower-case English words ("president", "said") from possible given names,
     * {@code knownName} capitalised words the English dictionary spells as they are ("Mitchell", "Busch").
     */
    MentionFinder(NameLexicon names, NamesData data, Predicate<String> commonWord, Predicate<String> knownName) {
        this.names = names;
        this.data = data;
        this.commonWord = commonWord;
        this.knownName = knownName;
    }

    List<Mention> find(String text) {
        List<Token> tokens = Token.tokenise(text);
        List<int[]> keep = data.keepSpans(text);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int next = i + 1;
            if (t.script() == Script.LATIN && (t.capitalised() || PARTICLES.contains(t.text()))) {
                next = latinAt(text, tokens, i, out);
            } else if (t.script() != Script.LATIN && t.script() != Script.OTHER && UCharacter.isLetter(t.text().codePointAt(0))) {
                next = nativeAt(text, tokens, i, out);
            }
            i = Math.max(next, i + 1);
        }
        // a binary search per mention, not a scan of every kept span (both grow with the document)
        SpanIndex kept = SpanIndex.of(keep, k -> k[0], k -> k[1]);
        out.removeIf(m -> kept.overlaps(m.start(), m.end()));
        return out;
    }

    /** Tries whole names from token i, longest first, then surnames; returns the next token to look at. */
    private int latinAt(String text, List<Token> tokens, int i, List<Mention> out) {
        int last = i;
        while (last + 1 < tokens.size() && last + 1 - i < MAX_NAME_TOKENS
                && tokens.get(last + 1).script() == Script.LATIN && joins(text, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        for (int j = last; j >= i; j--) {
            String span = text.substring(tokens.get(i).start(), tokens.get(j).end());
            Optional<NameLexicon.Match> full = names.matchFull(span);
            if (full.isPresent() && !endsInParticle(tokens.get(j))
                    && (full.get().kind() == NameLexicon.MatchKind.LISTED || full.get().kind() == NameLexicon.MatchKind.ALIAS
                    || full.get().kind() == NameLexicon.MatchKind.TRANSLATED || allCapitalised(tokens, i, j))
                    && plausible(text, tokens, i, j, span, List.of(full.get()))) {
                out.add(new Mention(tokens.get(i).start(), tokens.get(j).end(), span, Mention.Kind.FULL,
                        List.of(full.get()), null, true, true, false, englishWords(tokens, i, j)));
                return j + 1;
            }
        }
        for (int j = Math.min(last, i + MAX_SHORT_TOKENS - 1); j >= i; j--) {
            String span = text.substring(tokens.get(i).start(), tokens.get(j).end());
            List<NameLexicon.Match> shorts = names.matchShort(span);
            if (!shorts.isEmpty() && allCapitalised(tokens, i, j)
                    && plausible(text, tokens, i, j, span, shorts)) {
                boolean isolated = !nameLikeNeighbour(text, tokens, i - 1, i) && !nameLikeNeighbour(text, tokens, j + 1, j);
                boolean asPerson = i > 0 && data.isTitle(tokens.get(i - 1).text())
                        || j + 1 < tokens.size() && data.isReportingVerb(tokens.get(j + 1).text());
                out.add(new Mention(tokens.get(i).start(), tokens.get(j).end(), span, Mention.Kind.SHORT, shorts, null,
                        isolated, false, asPerson, englishWords(tokens, i, j)));
                return j + 1;
            }
        }
        return i + 1;
    }

    /**
     * Whether a match may be a mention at all. Short words, and the names of entities that
     * are acronyms ("an I" is not ANI, "Ap" not AP), must be a listed form exactly as written. A spelling matched only
     * loosely (accents, transliteration) must not be everyday English ("Crime" is no
     * spelling of Crimea), a transliteration of a name not of Cyrillic origin must be no name
     * the English dictionary knows ("Mitchell" is no Michel, "Erivan" stays), and a single loose
     * word beside another capitalised word that is no English word belongs to that other name.
     */
    private boolean plausible(String text, List<Token> tokens, int i, int j, String span,
                              List<NameLexicon.Match> matches) {
        boolean exact = names.isExactForm(span);
        boolean acronym = matches.stream().anyMatch(m -> isAcronym(m.entity().canonical()));
        if ((names.keys().light(span).length() <= SHORT_LETTERS || acronym) && !exact) {
            return false;
        }
        NameLexicon.MatchKind kind = matches.get(0).kind();
        boolean loose = kind == NameLexicon.MatchKind.FOLDED || kind == NameLexicon.MatchKind.TRANSLITERATION;
        if (!loose || exact) {
            return true;
        }
        if (englishWords(tokens, i, j)) {
            return false;
        }
        if (kind == NameLexicon.MatchKind.TRANSLITERATION && knownName.test(span)
                && matches.stream().anyMatch(m -> !NameLexicon.cyrillicOrigin(m.entity()))) {
            // a name English spells as written ("Erivan", "Mitchell") is someone's own, no respelling of a listed one
            return false;
        }
        return i != j || !nameLikeNeighbour(text, tokens, i - 1, i) && !nameLikeNeighbour(text, tokens, j + 1, j);
    }

    private static boolean isAcronym(String name) {
        return name.length() > 1 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Every word of tokens i..j, in lower case, is an English word (particles aside). */
    private boolean englishWords(List<Token> tokens, int i, int j) {
        boolean any = false;
        for (int k = i; k <= j; k++) {
            String w = tokens.get(k).text();
            if (PARTICLES.contains(w)) {
                continue;
            }
            if (!commonWord.test(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A folded match must look like a name word by word: "A man" is not "Amán". */
    private static boolean allCapitalised(List<Token> tokens, int i, int j) {
        for (int k = i; k <= j; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised() && !PARTICLES.contains(t.text())) {
                return false;
            }
        }
        return tokens.get(j).capitalised();
    }

    private static boolean endsInParticle(Token t) {
        return PARTICLES.contains(t.text());
    }

    /** Whether two tokens can belong to one name: a space, a hyphen, an initial's full stop, or O'Brien's apostrophe. */
    private static boolean joins(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return switch (gap) {
            case " ", "\u00a0", "-", "\u2010" -> true;
            // only an initial's full stop joins: "China. A week later" is two sentences
            case ". ", "." -> a.text().length() == 1 && a.capitalised();
            case "'", "\u2019" -> !CLITICS.contains(b.text());
            default -> false;
        };
    }

    /**
     * True when token {@code k}, directly beside token {@code self}, is a capitalised word that
     * is neither a title, a nationality nor a common English word: "Anna" in "Anna Poutine"
     * makes "Poutine" part of someone else's name.
     */
    private boolean nameLikeNeighbour(String text, List<Token> tokens, int k, int self) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(k);
        Token s = tokens.get(self);
        Token first = k < self ? n : s;
        Token second = k < self ? s : n;
        String gap = text.substring(first.end(), second.start());
        if (!(gap.equals(" ") || gap.equals("\u00a0") || gap.equals("-"))) {
            return false;
        }
        if (!n.capitalised() || n.script() != Script.LATIN) {
            return false;
        }
        return !data.isTitle(n.text()) && !commonWord.test(n.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A run of native-script words from token i: listed forms are taken as they are; other
     * runs only when they look like a name (capitalised words, or 2-4 Chinese or Korean
     * syllables) and stand alone, not inside a passage of that script or a parenthesised gloss.
     */
    private int nativeAt(String text, List<Token> tokens, int i, List<Mention> out) {
        Script script = tokens.get(i).script();
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).script() == script
                && nativeJoin(text.substring(tokens.get(last).end(), tokens.get(last + 1).start()))) {
            last++;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(last).end();
        String run = text.substring(start, end);
        if (glossed(text, start, end) || sameScriptNearby(text, start, end, script)) {
            return last + 1;
        }
        Optional<NameLexicon.Entity> listed = names.matchNative(run);
        if (listed.isPresent()) {
            out.add(new Mention(start, end, run, Mention.Kind.NATIVE,
                    List.of(new NameLexicon.Match(listed.get(), NameLexicon.MatchKind.NATIVE)), null, true, true, false, false));
            return last + 1;
        }
        if (!nameShaped(tokens.subList(i, last + 1), script)) {
            return last + 1;
        }
        Optional<NameScripts.Romanised> latin = names.scripts().romanise(run);
        if (latin.isEmpty()) {
            return last + 1;
        }
        String romanised = latin.get().latin();
        Optional<NameLexicon.Match> whole = names.matchFull(romanised);
        List<NameLexicon.Match> matches = whole.map(List::of).orElseGet(() -> names.matchShort(romanised));
        out.add(new Mention(start, end, run, Mention.Kind.NATIVE, matches, latin.get(), true, whole.isPresent(), true, false));
        return last + 1;
    }

    private static boolean nativeJoin(String gap) {
        return gap.equals(" ") || gap.equals("-") || gap.equals("·") || gap.equals("・");
    }

    private static boolean nameShaped(List<Token> words, Script script) {
        return switch (script) {
            case CYRILLIC, GREEK, ARMENIAN -> words.size() <= MAX_NATIVE_WORDS && words.stream().allMatch(Token::capitalised);
            case GEORGIAN -> words.size() <= MAX_NATIVE_WORDS;
            case HAN, HANGUL -> words.size() == 1 && words.get(0).text().length() >= 2 && words.get(0).text().length() <= 4;
            default -> false;
        };
    }

    /** "Vladimir Putin (Владимир Путин)": the writer gives the native form on purpose. */
    private static boolean glossed(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < text.length() && text.charAt(before) == '(' && text.charAt(after) == ')';
    }

    /**
     * Part of a passage in that script, the foreign stage's business: lower-case words of a
     * cased script (Cyrillic, Greek, Armenian) within a few words, or, for scripts without
     * case, letters of the script right beside the run with only spaces or punctuation between.
     */
    private static boolean sameScriptNearby(String text, int start, int end, Script script) {
        boolean cased = script == Script.CYRILLIC || script == Script.GREEK || script == Script.ARMENIAN;
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), end + 30);
        for (int k = from; k < to; ) {
            int cp = text.codePointAt(k);
            if ((k < start || k >= end) && UCharacter.isLetter(cp) && sameGroup(NameScripts.scriptOf(cp), script)) {
                if (!cased && adjacent(text, start, end, k)) {
                    return true;
                }
                if (cased && UCharacter.isLowerCase(cp) && wordStart(text, k)) {
                    return true;
                }
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    private static boolean wordStart(String text, int k) {
        return k == 0 || !UCharacter.isLetter(text.codePointBefore(k));
    }

    /** Nothing but spaces and punctuation between position k and the run. */
    private static boolean adjacent(String text, int start, int end, int k) {
        String between = k < start ? text.substring(k + Character.charCount(text.codePointAt(k)), start)
                : text.substring(end, k);
        return between.codePoints().noneMatch(UCharacter::isLetterOrDigit);
    }

    private static boolean sameGroup(Script a, Script b) {
        boolean cjkA = a == Script.HAN || a == Script.KANA;
        boolean cjkB = b == Script.HAN || b == Script.KANA;
        return a == b || cjkA && cjkB;
    }
}
