package org.copydesk.stage.blocks;

import java.util.Optional;
import java.util.function.Supplier;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.lexicon.NameLexicon;

/**
 * Turns the text a named group captured into a metadata value, or refuses it:
 * dates must read as dates, bylines must look like names. A refusal means the
 * row does not match, so "By Land And Sea" stays a subhead.
 */
final class MetadataReader {
    private final DateParser dates;
    private final Supplier<EnglishLexicon> english;
    private final Supplier<NameLexicon> names;

    MetadataReader(DateParser dates, Supplier<EnglishLexicon> english, Supplier<NameLexicon> names) {
        this.dates = dates;
        this.english = english;
        this.names = names;
    }

    Optional<String> read(String group, String value, BlockRule.Label label) {
        String v = trim(value);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return switch (group) {
            // a removed date line must be a whole date; a dateline's "Jun 28" may lack the year
            case "date" -> dates.parse(v).filter(d -> !d.hasTime() && (d.hasYear() || !label.removes()))
                    .map(DateParser.DateValue::iso);
            case "timestamp" -> dates.parse(v).filter(DateParser.DateValue::hasTime).map(DateParser.DateValue::iso);
            case "byline" -> looksLikeName(v) ? Optional.of(v) : Optional.empty();
            default -> Optional.of(v);
        };
    }

    /**
     * At least half of the capitalised words of {@code s} are name-like (a listed name, a proper noun of the
     * dictionary or no English word), so it can be a person's name even where some of its words are English
     * ("Lam Yik Fei", "Jane Doe"); "Ten Tips", "Advice" or "Writing Perl Modules" cannot.
     */
    boolean holdsName(String s) {
        int capitalised = 0;
        int nameLike = 0;
        EnglishLexicon lex = english.get();
        for (String token : words(s)) {
            String t = withoutPoint(token);
            if (t.length() <= 1 || !Character.isUpperCase(t.codePointAt(0))) {
                continue;
            }
            capitalised++;
            if (names.get().isNameToken(t) || lex.frequency(t) == EnglishLexicon.UNKNOWN
                    || lex.frequencyExact(t) != EnglishLexicon.UNKNOWN
                    && lex.frequencyExact(t.toLowerCase(java.util.Locale.ROOT)) == EnglishLexicon.UNKNOWN) {
                nameLike++;
            }
        }
        return capitalised > 0 && 2 * nameLike >= capitalised;
    }

    /** Every word is an initial, a known name, a word the dictionary writes capitalised, or no dictionary word at all. */
    boolean looksLikeName(String s) {
        for (String token : words(s)) {
            if (token.isEmpty() || token.equals("and") || token.equals("y") || token.equals("e") || token.equals("et")
                    || token.equals("und")) {
                continue;
            }
            String t = withoutPoint(token);
            if (t.length() <= 1) {
                continue;
            }
            String cased = t.equals(t.toUpperCase(java.util.Locale.ROOT))
                    ? t.charAt(0) + t.substring(1).toLowerCase(java.util.Locale.ROOT) : t;
            if (names.get().isNameToken(cased)) {
                continue;
            }
            EnglishLexicon lex = english.get();
            if (lex.frequencyExact(cased) == EnglishLexicon.UNKNOWN && lex.frequency(cased) != EnglishLexicon.UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /** The words of a name or a list of names: split at spaces, commas and ampersands. */
    private static String[] words(String s) {
        return s.split("[ ,&]+");
    }

    /** An initial's or abbreviation's point dropped: "W." as "W". */
    private static String withoutPoint(String token) {
        return token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    }

    /** At least one word of the line is a name the name lexicon knows. */
    boolean hasKnownName(String s) {
        for (String token : words(s)) {
            if (token.length() > 1 && names.get().isNameToken(token)) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String value) {
        String v = value.strip();
        while (!v.isEmpty() && ".,;:-|".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v;
    }
}
