package org.copydesk.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One house style: the spelling a document ends with for each entity, and the
 * later-mention (surname) form. Entities the style does not list keep the
 * canonical spelling of {@code names.tsv}; a style may drop diacritics from
 * every name ({@code @diacritics strip}).
 */
public final class NameStyle {
    public static final String DEFAULT = "default";

    private final String name;
    private final Map<String, String> spellings;
    private final Map<String, String> shortForms;
    private final boolean stripDiacritics;

    NameStyle(String name, Map<String, String> spellings, Map<String, String> shortForms, boolean stripDiacritics) {
        this.name = name;
        this.spellings = Map.copyOf(spellings);
        this.shortForms = Map.copyOf(shortForms);
        this.stripDiacritics = stripDiacritics;
    }

    /** Reads the rows of {@code names/styles/<name>.tsv}; ids must exist in the lexicon. */
    static NameStyle parse(String name, List<org.copydesk.dict.Dictionaries.Row> rows, Set<String> knownIds) {
        Map<String, String> spellings = new HashMap<>();
        Map<String, String> shorts = new HashMap<>();
        boolean strip = false;
        for (org.copydesk.dict.Dictionaries.Row row : rows) {
            String id = row.get(0);
            if (id.equals("@diacritics")) {
                strip = row.get(1).equals("strip");
                continue;
            }
            if (!knownIds.contains(id)) {
                throw row.error("style '" + name + "' names unknown entity id '" + id + "' (ids are in names.tsv)");
            }
            if (row.get(1).isEmpty()) {
                throw row.error("style row needs a spelling: id, spelling[, later-mention form]");
            }
            spellings.put(id, row.get(1));
            if (!row.get(2).isEmpty()) {
                shorts.put(id, row.get(2));
            } else {
                shorts.remove(id);
            }
        }
        return new NameStyle(name, spellings, shorts, strip);
    }

    public String name() {
        return name;
    }

    /** The full spelling of the entity in this style. */
    public String spelling(NameLexicon.Entity e) {
        String s = spellings.getOrDefault(e.id(), e.canonical());
        return stripDiacritics ? NameKeys.stripDiacritics(s) : s;
    }

    /**
     * The later-mention form in this style, or "" when the entity has none. When
     * the style gives only a full spelling, the form is cut from it at the place
     * where the canonical form holds its short form ("Zelenskiy" from
     * "Volodymyr Zelenskiy", "Xi" from "Xi Jinping").
     */
    public String shortForm(NameLexicon.Entity e) {
        String explicit = shortForms.get(e.id());
        String s = explicit != null ? explicit : derivedShort(e, spelling(e));
        return stripDiacritics ? NameKeys.stripDiacritics(s) : s;
    }

    /** The style lists its own spelling for this entity. */
    public boolean lists(NameLexicon.Entity e) {
        return spellings.containsKey(e.id());
    }

    static String derivedShort(NameLexicon.Entity e, String fullSpelling) {
        String canonicalShort = e.shortForm();
        if (canonicalShort.isEmpty() || fullSpelling.equals(e.canonical())) {
            return canonicalShort;
        }
        String[] canon = e.canonical().split(" ");
        String[] full = fullSpelling.split(" ");
        int k = canonicalShort.split(" ").length;
        if (k >= full.length) {
            return canonicalShort;
        }
        if (e.canonical().endsWith(" " + canonicalShort)) {
            return String.join(" ", List.of(full).subList(full.length - k, full.length));
        }
        if (e.canonical().startsWith(canonicalShort + " ") && canon.length == full.length) {
            return String.join(" ", List.of(full).subList(0, k));
        }
        return canonicalShort;
    }

    /** Every spelling this style lists, for indexing. */
    Map<String, String> listedSpellings() {
        return spellings;
    }

    Map<String, String> listedShortForms() {
        return shortForms;
    }
}
