package org.copydesk.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.dict.Dictionaries;

/**
 * The one names lexicon every stage shares: people, organisations, agencies
 * and places from {@code dictionaries/names.tsv}, with their spellings, house
 * styles and, for people, gender. Other stages use it to protect names (from
 * splitting, translation, recasing) and to know a speaker's gender; the names
 * stage uses it to bring every mention to the house style's spelling.
 */
public final class NameLexicon {
    /**
     * One entity of names.tsv. {@code variants} are other spellings (rewritten to
     * the style's), {@code aliases} other forms recognised but kept (abbreviations,
     * longer names), {@code translated} the name rendered in another language.
     */
    public record Entity(String id, String type, String gender, String canonical, List<String> variants,
                         List<String> nativeForms, String shortForm, List<String> aliases, List<String> translated,
                         String note) {
        public Entity {
            variants = List.copyOf(variants);
            nativeForms = List.copyOf(nativeForms);
            aliases = List.copyOf(aliases);
            translated = List.copyOf(translated);
        }

        /** The six columns of the first names.tsv: people get their last word as later-mention form. */
        public Entity(String id, String type, String gender, String canonical, List<String> variants,
                      List<String> nativeForms) {
            this(id, type, gender, canonical, variants, nativeForms,
                    type.equals("person") ? lastWord(canonical) : "", List.of(), List.of(), "");
        }

        /** Family name as used on later mention ("Putin", "Xi", "López Obrador"); else the last word. */
        public String surname() {
            return shortForm.isEmpty() ? lastWord(canonical) : shortForm;
        }

        public boolean isPerson() {
            return type.equals("person");
        }

        private static String lastWord(String s) {
            String[] parts = s.split(" ");
            return parts[parts.length - 1];
        }
    }

    /** How a piece of text was recognised. */
    public enum MatchKind {
        /** exactly one of the listed spellings (ignoring case) */
        LISTED,
        /** a listed alias: a different form of the name, kept as written */
        ALIAS,
        /** equal to a listed spelling once case, diacritics and separators are forgotten */
        FOLDED,
        /** equal under the transliteration folding rules (not for names of Chinese, Japanese or Korean origin) */
        TRANSLITERATION,
        /** the name rendered in another language or translated word by word */
        TRANSLATED,
        /** a listed native-script form */
        NATIVE
    }

    /** A recognised mention. */
    public record Match(Entity entity, MatchKind kind) {
    }

    /**
     * What a string resolves to in a style, for the {@code names} command.
     * {@code entity} is null when a native-script name is not in the list and
     * was only romanised.
     */
    public record Resolution(Entity entity, String spelling, String how) {
        public boolean known() {
            return entity != null;
        }
    }

    private final List<Entity> entities;
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Entity> byForm = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Set<String> tokens = new HashSet<>();
    private final NameKeys keys;
    private final NameScripts scripts;
    private final Map<String, NameStyle> styles;

    private final Map<String, Set<Entity>> listedExact = new HashMap<>();
    private final Map<String, Set<Entity>> aliasExact = new HashMap<>();
    /** By entity id, the variants marked '~': spellings the English press uses or long used ("Kiev"). */
    private final Map<String, List<String>> pressVariants;
    private final Map<String, Set<Entity>> fullLight = new HashMap<>();
    private final Map<String, Set<Entity>> aliasLight = new HashMap<>();
    private final Map<String, Set<Entity>> fullTranslit = new HashMap<>();
    private final Map<String, Set<Entity>> translatedLight = new HashMap<>();
    /** Translated forms keyed word by word: "Casa Blanca" is a translation, "Casablanca" a city. */
    private final Map<String, Set<Entity>> translatedWords = new HashMap<>();
    /** Every listed form exactly as written (case and all): short words and acronyms match only these. */
    private final Set<String> exactForms = new HashSet<>();
    private final Map<String, Set<Entity>> shortLight = new HashMap<>();
    private final Map<String, Set<Entity>> shortTranslit = new HashMap<>();
    private final Map<String, Entity> natives = new HashMap<>();

    private NameLexicon(List<Entity> entities, NameKeys keys, NameScripts scripts, Map<String, NameStyle> styles,
                        Map<String, List<String>> pressVariants) {
        this.entities = List.copyOf(entities);
        this.pressVariants = Map.copyOf(pressVariants);
        this.keys = keys;
        this.scripts = scripts;
        this.styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        for (Entity e : entities) {
            index(e);
        }
        // a surname alone names an entity only when no other entity has it ("Putin", not "Wang")
        bySurname.forEach((surname, people) -> {
            if (new HashSet<>(people).size() == 1) {
                byForm.putIfAbsent(surname, people.get(0));
            }
        });
    }

    private void index(Entity e) {
        boolean loose = transliterationMatched(e);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(e.canonical());
        spellings.addAll(e.variants());
        Set<String> shorts = new LinkedHashSet<>();
        if (!e.shortForm().isEmpty()) {
            shorts.add(e.shortForm());
            for (String v : e.variants()) {
                shorts.add(NameStyle.derivedShort(e, v));
            }
        }
        for (NameStyle style : styles.values()) {
            String s = style.listedSpellings().get(e.id());
            if (s != null) {
                spellings.add(s);
            }
            spellings.add(style.spelling(e));
            if (!e.shortForm().isEmpty()) {
                shorts.add(style.shortForm(e));
            }
        }
        for (String s : spellings) {
            add(listedExact, lower(s), e);
            add(fullLight, keys.light(s), e);
            if (loose) {
                add(fullTranslit, keys.transliteration(s), e);
            }
        }
        for (String a : e.aliases()) {
            add(aliasExact, lower(a), e);
            add(aliasLight, keys.light(a), e);
        }
        for (String t : e.translated()) {
            add(translatedLight, keys.light(t), e);
            add(translatedWords, wordKey(t), e);
        }
        for (String n : e.nativeForms()) {
            natives.put(nativeKey(n), e);
        }
        for (String s : shorts) {
            for (String form : withoutLeadingParticle(s)) {
                add(shortLight, keys.light(form), e);
                // a surname alone meets its transliterations only for a name transliterated into Latin letters:
                // "Gonzales", "Rodrigues" and "Busch" are surnames of their own, no respelling of González or Bush
                if (loose && !latinOrigin(e)) {
                    add(shortTranslit, keys.transliteration(form), e);
                }
                if (e.isPerson()) {
                    bySurname.computeIfAbsent(lower(form), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<String> forms = new ArrayList<>(spellings);
        forms.addAll(e.aliases());
        forms.addAll(e.nativeForms());
        forms.addAll(e.translated());
        exactForms.addAll(forms);
        shorts.forEach(sh -> exactForms.addAll(withoutLeadingParticle(sh)));
        for (String form : forms) {
            byForm.put(lower(form), e);
            String[] words = form.split("[\\s\\-]+");
            for (String token : words) {
                // "of", "the", "de" inside "Council of Europe" are no name words; a one-word name ("dpa") is
                if (!token.isEmpty() && (words.length == 1 || !Character.isLowerCase(token.codePointAt(0)))) {
                    tokens.add(token);
                }
            }
        }
    }

    /** "el-Sisi" is also mentioned as "Sisi"; "al-Sharaa" as "Sharaa". */
    private static List<String> withoutLeadingParticle(String shortForm) {
        String bare = shortForm.replaceFirst("^(?:al|el|ad|as|an|ar)[-\\s](?=\\p{Lu})", "");
        return bare.equals(shortForm) ? List.of(shortForm) : List.of(shortForm, bare);
    }

    private static void add(Map<String, Set<Entity>> index, String key, Entity e) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e);
        }
    }

    /**
     * Columns of names.tsv: id, type (person|org|agency|place), gender (m|f|-),
     * canonical spelling, variants separated by '|' (an '=' prefix marks an
     * alias; a '~' prefix a variant the English press uses, which the default style
     * keeps where the document is consistent and house styles rewrite), native-script
     * forms separated by '|', later-mention form, translated forms, note. Later
     * rows with the same id replace earlier ones. House styles come from
     * names/styles.tsv and names/styles/*.tsv, bundled and in the user's directories.
     */
    public static NameLexicon load(Dictionaries dictionaries) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, List<String>> pressVariants = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("names.tsv")) {
            if (row.size() < 4) {
                throw row.error("names.tsv needs at least 4 columns: id, type, gender, canonical");
            }
            List<String> variants = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            List<String> press = new ArrayList<>();
            for (String v : split(row.get(4))) {
                if (v.startsWith("=")) {
                    aliases.add(v.substring(1).strip());
                } else if (v.startsWith("~")) {
                    String spelling = v.substring(1).strip();
                    press.add(spelling);
                    variants.add(spelling);
                } else {
                    variants.add(v);
                }
            }
            pressVariants.put(row.get(0), List.copyOf(press));
            String shortForm = row.size() > 6 ? row.get(6)
                    : row.get(1).equals("person") ? row.get(3).substring(row.get(3).lastIndexOf(' ') + 1) : "";
            byId.put(row.get(0), new Entity(row.get(0), row.get(1), row.get(2), row.get(3), variants,
                    split(row.get(5)), shortForm, aliases, split(row.get(7)), row.get(8)));
        }
        Map<String, NameStyle> styles = new LinkedHashMap<>();
        for (String name : styleNames(dictionaries)) {
            styles.put(name, NameStyle.parse(name, dictionaries.table("names/styles/" + name + ".tsv"), byId.keySet()));
        }
        return new NameLexicon(new ArrayList<>(byId.values()), NameKeys.load(dictionaries),
                NameScripts.load(dictionaries), styles, pressVariants);
    }

    /** The default style, the bundled index, then every names/styles/*.tsv in the user's directories. */
    private static List<String> styleNames(Dictionaries dictionaries) {
        Set<String> names = new LinkedHashSet<>();
        names.add(NameStyle.DEFAULT);
        for (Dictionaries.Row row : dictionaries.table("names/styles.tsv")) {
            names.add(row.get(0));
        }
        for (Path dir : dictionaries.userDirs()) {
            Path styleDir = dir.resolve("names/styles");
            if (!Files.isDirectory(styleDir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(styleDir)) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tsv")).sorted()
                        .forEach(f -> names.add(f.substring(0, f.length() - 4)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + styleDir, e);
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> split(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String lower(String form) {
        return SPACES.matcher(form.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Native forms compare without case, joiners, and with Russian ё as е. */
    private static String nativeKey(String form) {
        return lower(form.replaceAll("[\\u200c\\u200d]", " ")).replace('ё', 'е');
    }

    /**
     * Names are spelled many ways in Latin letters (Lawrow, Khrouchtchev, Saoudi); all are matched by the
     * looser key but those of Chinese, Japanese or Korean origin, whose romanisations keep j and y apart
     * ("Jong" and "Yong" are two names).
     */
    private static boolean transliterationMatched(Entity e) {
        // the first native form is the name's own (Россия before 俄罗斯, the Chinese for Russia)
        NameScripts.Script origin = e.nativeForms().isEmpty() ? NameScripts.Script.LATIN
                : NameScripts.scriptOf(e.nativeForms().get(0));
        return origin != NameScripts.Script.HAN && origin != NameScripts.Script.HANGUL
                && origin != NameScripts.Script.KANA;
    }

    /** A name written in Latin letters at home (Germany, Hillary Clinton): English has one spelling of it. */
    private static boolean latinOrigin(Entity e) {
        return e.nativeForms().stream().allMatch(n -> NameScripts.scriptOf(n) == NameScripts.Script.LATIN);
    }

    /**
     * Names of Cyrillic origin, whose surname alone is taken for the person ("Lawrow said"), and whose
     * transliterations are matched even when English knows the word as a name of its own ("Moskva").
     */
    public static boolean cyrillicOrigin(Entity e) {
        return e.nativeForms().stream()
                .anyMatch(n -> NameScripts.scriptOf(n) == NameScripts.Script.CYRILLIC);
    }

    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity one of whose spellings this is, ignoring case. */
    public Optional<Entity> lookup(String form) {
        return Optional.ofNullable(byForm.get(lower(form)));
    }

    /** True when the token is a word of some known name spelling ("Jinping", "Putin", "Press"). */
    public boolean isNameToken(String token) {
        return tokens.contains(token);
    }

    /** Gender ("m", "f") of a person named by full name or, when unambiguous, surname. */
    public Optional<String> gender(String name) {
        Optional<Entity> e = lookup(name);
        if (e.isEmpty()) {
            List<Entity> people = bySurname.getOrDefault(lower(name), List.of());
            if (new HashSet<>(people).size() == 1) {
                e = Optional.of(people.get(0));
            }
        }
        return e.filter(Entity::isPerson).map(Entity::gender)
                .filter(g -> g.equals("m") || g.equals("f"));
    }

    public NameKeys keys() {
        return keys;
    }

    public NameScripts scripts() {
        return scripts;
    }

    /** Names of the known house styles: "default", the bundled ones, then the user's. */
    public List<String> styleNames() {
        return List.copyOf(styles.keySet());
    }

    /** A house style by name; an unknown name is an error that lists the known ones. */
    public NameStyle style(String name) {
        NameStyle style = styles.get(name == null ? NameStyle.DEFAULT : name);
        if (style == null) {
            throw unknownStyle(name, styles.keySet());
        }
        return style;
    }

    /**
     * Fails as {@link #style} would on a style the dictionaries do not define, without loading the
     * lexicon (a builder checks its options before any document; the stages load the lexicon later).
     */
    public static void checkStyle(Dictionaries dictionaries, String name) {
        List<String> known = styleNames(dictionaries);
        if (name != null && !known.contains(name)) {
            throw unknownStyle(name, known);
        }
    }

    private static IllegalArgumentException unknownStyle(String name, java.util.Collection<String> known) {
        return new IllegalArgumentException("unknown names style '" + name + "'; known styles: "
                + String.join(", ", known) + " (add one as names/styles/" + name + ".tsv in a --dict directory)");
    }

    /** A full mention in Latin letters: a listed spelling, alias, translation, or a folded equal of one. */
    public Optional<Match> matchFull(String latin) {
        String lower = lower(latin);
        Optional<Match> m = unique(aliasExact.get(lower), MatchKind.ALIAS)
                .or(() -> unique(listedExact.get(lower), MatchKind.LISTED));
        if (m.isPresent() || ambiguous(aliasExact.get(lower)) || ambiguous(listedExact.get(lower))) {
            return m;
        }
        String light = keys.light(latin);
        if (light.isEmpty()) {
            return Optional.empty();
        }
        Set<Entity> folded = fullLight.get(light);
        if (folded != null) {
            return unique(folded, MatchKind.FOLDED);
        }
        Set<Entity> alias = aliasLight.get(light);
        if (alias != null) {
            return unique(alias, MatchKind.ALIAS);
        }
        if (translatedLight.containsKey(light)) {
            // a translation matches word for word only: "Casablanca" is not "Casa Blanca"
            Set<Entity> translated = translatedWords.get(wordKey(latin));
            return translated == null ? Optional.empty() : unique(translated, MatchKind.TRANSLATED);
        }
        if (shortLight.containsKey(light)) {
            // a listed later-mention form is that person's ("Houthi" of al-Houthi), no respelling of another name
            return Optional.empty();
        }
        // a name of Latin letters is its own Latin form: its light key above is the transliteration's start
        String translit = NameKeys.latin(latin) == latin ? keys.foldLight(light) : keys.transliteration(latin);
        return unique(fullTranslit.get(translit), MatchKind.TRANSLITERATION);
    }

    /** True when the text is one of the listed forms exactly as written, case included ("AP", "Xi", "EFE"). */
    public boolean isExactForm(String text) {
        return exactForms.contains(text);
    }

    /**
     * True when {@code form} is a spelling the English-language press uses for the entity:
     * the canonical or a house style's spelling (whole, or the later-mention form when
     * {@code whole} is false), or a variant the list marks as the press's ("Kiev"), or
     * one of them without some of its diacritics ("Rodriguez"), with or without the points of its
     * initials ("George W Bush", "JK Rowling": British papers drop them, so the point is style, not spelling),
     * with a hyphen for a space ("Diaz Canel"), a dropped leading particle ("Sisi"), or
     * another English rendering of the same sounds (y for i, doubled letters: "Zelensky",
     * "Zelenskiy", "Sergei"). German or French transliterations ("Selenskyj", "Poutine"),
     * other languages' names ("Pekín") and added accents ("Putín") are not.
     */
    public boolean englishPress(Entity e, String form, boolean whole) {
        // y for i and doubled letters are other renderings of a transliterated name only: "Germani" is no Germany
        boolean transliterated = !latinOrigin(e);
        String key = transliterated ? pressKey(form) : latinKey(form);
        for (String ref : pressReferences(e, whole)) {
            if ((transliterated ? pressKey(ref) : latinKey(ref)).equals(key) && lettersWithin(form, ref)
                    && sameCapitals(form, ref)) {
                return true;
            }
        }
        return false;
    }

    /** The later-mention part of a full spelling of the entity ("Zelensky" of "Volodymyr Zelensky"). */
    public String shortOf(Entity e, String fullSpelling) {
        return NameStyle.derivedShort(e, fullSpelling);
    }

    private List<String> pressReferences(Entity e, boolean whole) {
        List<String> refs = new ArrayList<>();
        if (whole || e.shortForm().isEmpty()) {
            refs.add(e.canonical());
            styles.values().forEach(s -> refs.add(s.spelling(e)));
            refs.addAll(pressVariants.getOrDefault(e.id(), List.of()));
        } else {
            refs.add(e.shortForm());
            styles.values().forEach(s -> refs.add(s.shortForm(e)));
        }
        List<String> out = new ArrayList<>();
        refs.forEach(r -> out.addAll(withoutLeadingParticle(r)));
        return out;
    }

    /** Lower case, no diacritics, apostrophes or hyphens, y as i, doubled letters single. */
    static String pressKey(String form) {
        String s = latinKey(form).replace('y', 'i');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Lower case, no diacritics, apostrophes, points or hyphens: the press key of a name English writes as it is spelled. */
    static String latinKey(String form) {
        String s = NameKeys.stripDiacritics(form).toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = INITIAL_POINTS.matcher(s).replaceAll(" ");
        return initialsJoined(SEPARATORS.matcher(s).replaceAll(" ").strip());
    }

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    /** The point after a letter: an initial's ("w." of "George W. Bush"). */
    private static final Pattern INITIAL_POINTS = Pattern.compile("(?<=\\p{L})\\.");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011]+");

    /** Initials as one group however they were pointed and spaced: "j k rowling" (from "J. K.") as "jk rowling". */
    private static String initialsJoined(String key) {
        String[] words = key.split(" ");
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < words.length; i++) {
            boolean joined = i > 0 && words[i].length() == 1 && words[i - 1].length() == 1;
            if (i > 0 && !joined) {
                sb.append(' ');
            }
            sb.append(words[i]);
        }
        return sb.toString();
    }

    /** Capitals where the reference has them ("Donald trump" is not a spelling of Donald Trump), or all capitals. */
    private static boolean sameCapitals(String form, String reference) {
        if (form.equals(form.toUpperCase(Locale.ROOT))) {
            return true;
        }
        String[] a = form.strip().split("[\\s\\-\u2010\u2011]+");
        String[] b = reference.strip().split("[\\s\\-\u2010\u2011]+");
        if (a.length != b.length) {
            return a.length == 1 || b.length == 1 ? Character.isUpperCase(form.codePointAt(0))
                    == Character.isUpperCase(reference.codePointAt(0)) : false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].isEmpty() || b[i].isEmpty()
                    || Character.isUpperCase(a[i].codePointAt(0)) != Character.isUpperCase(b[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Every letter outside ASCII in {@code form} also occurs in {@code reference}: no accent was added. */
    private static boolean lettersWithin(String form, String reference) {
        String ref = java.text.Normalizer.normalize(reference, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return java.text.Normalizer.normalize(form, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT).codePoints()
                .filter(cp -> cp > 0x7f && Character.isLetter(cp)).allMatch(cp -> ref.indexOf(cp) >= 0);
    }

    /** Lower case, diacritics dropped, word by word. */
    private static String wordKey(String form) {
        return NameKeys.stripDiacritics(form).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    /**
     * Entities whose later-mention form this is ("Zelensky", "Lawrow", "Sisi"),
     * each with how it matched; several when the surname is shared (Wang, Kim).
     */
    public List<Match> matchShort(String latin) {
        String light = keys.light(latin);
        if (light.isEmpty()) {
            return List.of();
        }
        Set<Entity> folded = shortLight.get(light);
        if (folded != null) {
            MatchKind kind = folded.stream().anyMatch(e -> isListedShort(e, latin)) ? MatchKind.LISTED : MatchKind.FOLDED;
            return folded.stream().map(e -> new Match(e, kind)).toList();
        }
        Set<Entity> translit = shortTranslit.get(keys.transliteration(latin));
        return translit == null ? List.of()
                : translit.stream().map(e -> new Match(e, MatchKind.TRANSLITERATION)).toList();
    }

    private boolean isListedShort(Entity e, String latin) {
        return styles.values().stream().anyMatch(s -> s.shortForm(e).equalsIgnoreCase(latin))
                || e.shortForm().equalsIgnoreCase(latin);
    }

    /** The entity one of whose native-script forms this is. */
    public Optional<Entity> matchNative(String nativeText) {
        return Optional.ofNullable(natives.get(nativeKey(nativeText)));
    }

    /** True when the entity's later mentions may be resolved on their own, without a full mention nearby. */
    public boolean distinctiveSurname(Entity e) {
        return e.isPerson() && cyrillicOrigin(e);
    }

    private static Optional<Match> unique(Set<Entity> candidates, MatchKind kind) {
        return candidates != null && candidates.size() == 1
                ? Optional.of(new Match(candidates.iterator().next(), kind)) : Optional.empty();
    }

    private static boolean ambiguous(Set<Entity> candidates) {
        return candidates != null && candidates.size() > 1;
    }

    /**
     * Resolves one name, as a user would type it, to its entity and its spelling
     * in a style: "Владимир Путин", "Poutine", "习近平", "Zelenskiy" (a surname
     * alone resolves when only one entity has it). A native-script name not in
     * the list comes back romanised, without an entity.
     */
    public Optional<Resolution> resolve(String mention, String styleName) {
        NameStyle style = style(styleName);
        String text = mention.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (NameScripts.scriptOf(text) != NameScripts.Script.LATIN) {
            Optional<Entity> listed = matchNative(text);
            if (listed.isPresent()) {
                return Optional.of(new Resolution(listed.get(), style.spelling(listed.get()), "native-script form"));
            }
            Optional<NameScripts.Romanised> latin = scripts.romanise(text);
            if (latin.isEmpty()) {
                return Optional.empty();
            }
            Optional<Resolution> viaLatin = resolveLatin(latin.get().latin(), style);
            String how = "romanised by " + latin.get().scheme() + " as " + latin.get().latin();
            return Optional.of(viaLatin.map(r -> new Resolution(r.entity(), r.spelling(), how + ", then " + r.how()))
                    .orElse(new Resolution(null, latin.get().latin(), how + "; not in the names list")));
        }
        return resolveLatin(text, style);
    }

    private Optional<Resolution> resolveLatin(String text, NameStyle style) {
        Optional<Match> full = matchFull(text);
        if (full.isPresent()) {
            Entity e = full.get().entity();
            String spelling = full.get().kind() == MatchKind.ALIAS ? text : style.spelling(e);
            return Optional.of(new Resolution(e, spelling, full.get().kind().name().toLowerCase(Locale.ROOT)));
        }
        List<Match> shorts = matchShort(text);
        Set<Entity> distinct = new LinkedHashSet<>();
        shorts.forEach(m -> distinct.add(m.entity()));
        if (distinct.size() == 1) {
            Match m = shorts.get(0);
            return Optional.of(new Resolution(m.entity(), style.shortForm(m.entity()),
                    "later-mention form, " + m.kind().name().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }
}
