package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameLexicon.Entity;
import org.copydesk.lexicon.NameLexicon.Match;
import org.copydesk.lexicon.NameLexicon.MatchKind;
import org.copydesk.lexicon.NameStyle;
import org.copydesk.text.LostCharacters;
import org.copydesk.text.TextAnalysis;

/**
 * Brings every name of the names list to the house style's spelling:
 * variant and foreign spellings (Poutine, Selenskyj, Sergej Lawrow), names in
 * native script (Владимир Путин, 习近平), names translated as words ("Europe
 * Press"), and surnames alone once the document has named the person in full.
 * Native-script names not in the list are romanised by their language's
 * standard scheme and flagged. Latin-script names not in the list are never
 * touched.
 */
public final class NamesStage implements Stage {
    public static final String SPELLING = "NAME_SPELLING";
    public static final String MISTRANSLATED = "NAME_MISTRANSLATED";
    public static final String NATIVE_SCRIPT = "NAME_NATIVE_SCRIPT";
    public static final String SHORT_FORM = "NAME_SHORT_FORM";
    public static final String TRANSLITERATED = "NAME_TRANSLITERATED";
    private static final String CATEGORY = "names";

    private final Resources resources;

    public NamesStage(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String id() {
        return "names";
    }

    @Override
    public void warmUp(CleanOptions options) {
        resources.names().style(options.style());
        data();
        resources.english();
    }

    private NamesData data() {
        return resources.shared("names-stage-data", () -> NamesData.load(resources.dictionaries()));
    }

    @Override
    public void process(Draft draft) {
        NameLexicon names = resources.names();
        NameStyle style = names.style(draft.options().style());
        TextAnalysis analysis = draft.analysis();
        ForeignSurroundings surroundings = new ForeignSurroundings(analysis, this::commonWord);
        List<Mention> mentions = new MentionFinder(names, data(), this::commonWord, this::knownName).find(draft.text()).stream()
                .filter(m -> !analysis.touchesCode(m.start(), m.end()) && !surroundings.foreign(m.start(), m.end()))
                .toList();
        Set<Entity> named = namedInFull(mentions);
        Set<String> othersSurnames = surnamesOfUnlistedPeople(names, mentions);
        List<Resolved> resolved = new ArrayList<>();
        java.util.Map<String, Match> bySurname = new java.util.HashMap<>();
        List<Mention> pending = new ArrayList<>();
        for (Mention m : mentions) {
            switch (m.kind()) {
                case FULL -> {
                    if (m.match().kind() != MatchKind.ALIAS) {
                        resolved.add(Resolved.of(m, m.match(), true, names));
                    }
                }
                case SHORT -> {
                    if (m.isolated() && !othersSurnames.contains(names.keys().light(m.text()))) {
                        Match match = resolveSurname(m.matches(), named, m.text(), m.asPerson());
                        if (match != null && !style.shortForm(match.entity()).isEmpty()) {
                            resolved.add(Resolved.of(m, match, false, names));
                            bySurname.put(names.keys().light(m.text()), match);
                        } else if (match == null) {
                            pending.add(m);
                        }
                    }
                }
                case NATIVE -> { }
            }
        }
        for (Mention m : pending) {
            // the same surname the document already gives a person ("Zelensky said") means that person again
            Match match = bySurname.get(names.keys().light(m.text()));
            if (match != null) {
                resolved.add(Resolved.of(m, match, false, names));
            }
        }
        boolean house = !style.name().equals(NameStyle.DEFAULT);
        DocumentUsage usage = DocumentUsage.of(resolved, names, style);
        for (Resolved r : resolved) {
            if (r.mention().englishWord() && !confirmedName(analysis, r)) {
                continue;
            }
            if (!house && r.englishPress()) {
                unify(draft, r, usage);
            } else if (r.whole()) {
                full(draft, r, style, house ? style.spelling(r.entity()) : preferredFull(r.entity(), style, usage));
            } else {
                later(draft, r, style, named, house ? style.shortForm(r.entity()) : preferredShort(r.entity(), style, usage));
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NATIVE) {
                nativeScript(draft, m, style, named, house ? null : usage);
            }
        }
        new TypoFinder(names, this::commonWord).find(draft, analysis, mentions, usage, house ? style : null);
        new GivenNameFinder(names, this::commonWord).find(draft, analysis, mentions, named);
        new UnlistedVariants(names, this::commonWord, this::knownName, data()::isTitle).find(draft, analysis, mentions);
        resources.shared("names-office-titles", () -> OfficeTitles.load(resources.dictionaries())).fix(draft, analysis);
    }

    /**
     * An everyday English word ("Tass", "Son") is taken for a name only when capitalised
     * mid-sentence in running text; the finder already let through only listed spellings
     * of it, and for a surname alone only one the document names in full or as a person.
     */
    private static boolean confirmedName(TextAnalysis analysis, Resolved r) {
        int at = r.mention().start();
        return !analysis.startsSentence(at) && analysis.inProse(at);
    }

    /** Default style: the full form the document uses, else the style's with the document's surname. */
    private static String preferredFull(Entity e, NameStyle style, DocumentUsage usage) {
        Optional<String> own = usage.full(e);
        if (own.isPresent()) {
            return own.get();
        }
        String spelling = style.spelling(e);
        String styleShort = style.shortForm(e);
        Optional<String> surname = usage.surname(e);
        if (surname.isPresent() && !styleShort.isEmpty() && spelling.endsWith(" " + styleShort)) {
            return spelling.substring(0, spelling.length() - styleShort.length()) + surname.get();
        }
        return spelling;
    }

    private static String preferredShort(Entity e, NameStyle style, DocumentUsage usage) {
        return usage.surname(e).orElse(style.shortForm(e));
    }

    /**
     * Default style, an English-press spelling: kept, unless the document writes the
     * entity more than one way; then the minority form takes the majority's (a tie goes
     * to the style's spelling; without one the mix is only reported).
     */
    private void unify(Draft draft, Resolved r, DocumentUsage usage) {
        Entity e = r.entity();
        if (!usage.mixed(e) || r.surname().isEmpty()) {
            return;
        }
        Optional<String> winner = usage.surname(e);
        int start = r.mention().start() + r.surnameStart();
        int end = start + r.surname().length();
        String evidence = "the document spells it " + usage.evidence(e);
        if (winner.isEmpty()) {
            draft.report(start, end, SPELLING, CATEGORY, 0.6, evidence + ": choose one", null);
            return;
        }
        if (winner.get().equalsIgnoreCase(r.surname())) {
            return;
        }
        String target = allCaps(r.surname()) ? winner.get().toUpperCase(Locale.ROOT) : winner.get();
        draft.replace(start, end, target, r.whole() ? SPELLING : SHORT_FORM, CATEGORY, 0.85,
                evidence + "; one spelling per document: " + winner.get());
    }

    /** Entities the document names in full, in any script: their surnames alone then refer to them. */
    private static Set<Entity> namedInFull(List<Mention> mentions) {
        Set<Entity> named = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.whole() && m.match() != null) {
                named.add(m.match().entity());
            }
        }
        return named;
    }

    /**
     * Surnames the document also gives to someone not in the list ("Anna Selenska"): a later
     * "Selenska" then means her, not the listed person.
     */
    private static Set<String> surnamesOfUnlistedPeople(NameLexicon names, List<Mention> mentions) {
        Set<String> keys = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.SHORT && !m.isolated()) {
                keys.add(names.keys().light(m.text()));
            }
        }
        return keys;
    }

    private void full(Draft draft, Resolved r, NameStyle style, String target) {
        Match match = r.match();
        Mention m = r.mention();
        if (match.kind() == MatchKind.TRANSLATED) {
            propose(draft, m, target, MISTRANSLATED, 0.9,
                    "name rendered in another language; the " + match.entity().type() + " is " + target);
            return;
        }
        double confidence = switch (match.kind()) {
            case LISTED -> 0.95;
            case FOLDED -> 0.9;
            default -> 0.85;
        };
        String styled = singularOf(match.entity(), m.text(), target);
        propose(draft, m, styled, SPELLING, confidence, how(match) + whose(style, styled));
    }

    /**
     * A group listed by its plural ("Houthis", variants "Huthis|Huthi") is also named by the singular before a
     * noun ("Huthi rebels"): when the mention is the singular of a spelling the entity lists, the style's
     * spelling loses its plural too ("Houthi rebels", not "Houthis rebels"). The entity's own list is the
     * evidence, so "EEUU" never becomes "United State".
     */
    static String singularOf(Entity e, String mention, String target) {
        if (!target.endsWith("s") || mention.endsWith("s")) {
            return target;
        }
        String plural = (mention + "s").toLowerCase(Locale.ROOT);
        boolean listed = e.canonical().toLowerCase(Locale.ROOT).equals(plural)
                || e.variants().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(plural));
        return listed ? target.substring(0, target.length() - 1) : target;
    }

    private static String whose(NameStyle style, String target) {
        return style.name().equals(NameStyle.DEFAULT)
                ? ", not an English-press spelling; the document's or the default spelling is " + target
                : "; " + style.name() + " style spells it " + target;
    }

    private void later(Draft draft, Resolved r, NameStyle style, Set<Entity> named, String target) {
        Match match = r.match();
        if (target.isEmpty()) {
            return;
        }
        boolean inDocument = named.contains(match.entity());
        double confidence = !inDocument ? 0.8 : match.kind() == MatchKind.TRANSLITERATION ? 0.85 : 0.9;
        propose(draft, r.mention(), target, SHORT_FORM, confidence, "later mention of " + style.spelling(match.entity())
                + (inDocument ? ", named in full in this document" : "") + whose(style, target));
    }

    /**
     * The one entity a surname refers to: the one the document names in full, or, for a
     * transliterated surname no other entity shares, that is no English word and that
     * stands as a person's name ("President Lawrow", "Lawrow said"; not "Poutine is a
     * dish"), that entity even without a full mention.
     */
    private Match resolveSurname(List<Match> matches, Set<Entity> named, String text, boolean asPerson) {
        List<Match> inDocument = matches.stream().filter(x -> named.contains(x.entity())).toList();
        if (inDocument.size() == 1) {
            return inDocument.get(0);
        }
        if (!inDocument.isEmpty() || matches.size() != 1) {
            return null;
        }
        Match only = matches.get(0);
        boolean distinctive = asPerson && resources.names().distinctiveSurname(only.entity())
                && !commonWord(text.toLowerCase(Locale.ROOT));
        return distinctive ? only : null;
    }

    private void nativeScript(Draft draft, Mention m, NameStyle style, Set<Entity> named, DocumentUsage usage) {
        if (LostCharacters.touches(draft.text(), m.start(), m.end())) {
            // the U+FFFD may stand for a letter of the name ("Ан\uFFFDа"): what is written is no whole name, and its
            // romanisation would change what the unicode stage judged the U+FFFD by (Latin on both sides reads
            // as two words run together, a lost space, on a second clean)
            draft.report(m.start(), m.end(), TRANSLITERATED, CATEGORY, 0.5, "name in native script beside a lost"
                    + " character (U+FFFD): the name may be incomplete; left as written", null);
            return;
        }
        if (m.romanised() == null) {
            Entity e = m.match().entity();
            String target = usage == null ? style.spelling(e) : preferredFull(e, style, usage);
            propose(draft, m, target, NATIVE_SCRIPT, 0.95, "name in native script; " + style.name() + " style: " + target);
            return;
        }
        String latin = m.romanised().latin();
        String scheme = m.romanised().scheme();
        if (!m.matches().isEmpty()) {
            Match match = m.whole() ? m.match() : resolveSurname(m.matches(), named, latin, true);
            String target = match == null ? ""
                    : m.whole() ? (usage == null ? style.spelling(match.entity()) : preferredFull(match.entity(), style, usage))
                    : style.shortForm(match.entity()).isEmpty() ? ""
                    : usage == null ? style.shortForm(match.entity()) : preferredShort(match.entity(), style, usage);
            if (!target.isEmpty()) {
                propose(draft, m, target, NATIVE_SCRIPT, m.whole() ? 0.9 : 0.85, "name in native script, romanised by "
                        + scheme + " as " + latin + "; " + style.name() + " style: " + target);
                return;
            }
        }
        double confidence = m.romanised().reliable() ? 0.8 : 0.6;
        String reason = "name in native script, not in the names list; romanised by " + scheme + ": check the spelling";
        draft.replace(m.start(), m.end(), latin, TRANSLITERATED, CATEGORY, confidence, reason);
        if (confidence >= draft.options().applyThreshold()) {
            draft.report(m.start(), m.end(), TRANSLITERATED, CATEGORY, confidence, reason, latin);
        }
    }

    private static boolean allCaps(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private void propose(Draft draft, Mention m, String target, String rule, double confidence, String reason) {
        if (Character.isUpperCase(m.text().codePointAt(0)) && Character.isLowerCase(target.codePointAt(0))) {
            // "el-Sisi" and "von der Leyen" open a sentence capitalised
            target = target.substring(0, 1).toUpperCase(Locale.ROOT) + target.substring(1);
        }
        String replacement = Token.tokenise(m.text()).stream().allMatch(Token::allCaps) && m.text().length() > 1
                && !target.equals(target.toUpperCase(Locale.ROOT)) && m.kind() != Mention.Kind.NATIVE
                ? target.toUpperCase(Locale.ROOT) : target;
        if (replacement.equals(m.text())) {
            return;
        }
        if (!regnalNumbers(m.text()).equals(regnalNumbers(replacement))) {
            // the keys fold doubled letters, so "Charles II" meets "Charles III": a regnal number names another
            // person (or the source's slip), which no spelling rule can tell
            draft.report(m.start(), m.end(), rule, CATEGORY, Math.min(confidence, 0.5), reason + "; but the regnal"
                    + " numbers differ (" + m.text() + ", " + replacement + "): another person, or a slip", replacement);
            return;
        }
        draft.replace(m.start(), m.end(), replacement, rule, CATEGORY, confidence, reason);
    }

    /** A roman numeral standing as a word; a single letter with a point is an initial ("Vladimir V. Putin"). */
    private static final java.util.regex.Pattern REGNAL =
            java.util.regex.Pattern.compile("\\b(?:[IVXLC]{2,}|[IVXLC](?!\\.))\\b");

    /** The roman numerals of a name, in order ("III" of "King Charles III"). */
    private static List<String> regnalNumbers(String name) {
        return REGNAL.matcher(name).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static String how(Match match) {
        return switch (match.kind()) {
            case LISTED -> "listed spelling of " + match.entity().canonical();
            case FOLDED -> "spelling of " + match.entity().canonical() + " with other accents or separators";
            case TRANSLITERATION -> "another transliteration of " + match.entity().canonical();
            default -> match.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A capitalised word the English dictionary spells as it is: a name of its own ("Meier", "Mitchell"). */
    private boolean knownName(String word) {
        return resources.english().frequencyExact(word) != EnglishLexicon.UNKNOWN;
    }

    /** A lower-case word of everyday English ("president", "said"), which no given name is mistaken for. */
    private boolean commonWord(String lower) {
        EnglishLexicon english = resources.english();
        return english.frequencyExact(lower) != EnglishLexicon.UNKNOWN;
    }
}
