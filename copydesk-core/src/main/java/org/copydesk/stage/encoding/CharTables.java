package org.copydesk.stage.encoding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * The data behind the mojibake score: character classes from
 * {@code encoding/mojibake-classes.tsv} and plausible Unicode ranges from
 * {@code encoding/plausible-blocks.tsv}.
 */
final class CharTables {
    /** Marks a code point no decoding may produce. */
    static final int IMPLAUSIBLE = Integer.MIN_VALUE;

    private final boolean[] rare = new boolean[0x10000];
    private final boolean[] natural = new boolean[0x10000];
    private final boolean[] common = new boolean[0x10000];
    private final Set<String> ambiguous = new HashSet<>();
    private final List<int[]> ranges = new ArrayList<>();

    private CharTables() {
    }

    static CharTables load(Dictionaries dictionaries) {
        CharTables t = new CharTables();
        for (Dictionaries.Row row : dictionaries.table("encoding/mojibake-classes.tsv")) {
            String chars = unescape(row.get(1));
            switch (row.get(0)) {
                case "rare" -> mark(t.rare, chars);
                case "natural" -> mark(t.natural, chars);
                case "common" -> mark(t.common, chars);
                case "ambiguous" -> t.ambiguous.add(chars);
                default -> throw row.error("unknown class " + row.get(0));
            }
        }
        for (Dictionaries.Row row : dictionaries.table("encoding/plausible-blocks.tsv")) {
            try {
                int kind = row.get(3).endsWith("ideographic") ? 2 : row.get(3).endsWith("script") ? 1 : 0;
                t.ranges.add(new int[] {Integer.parseInt(row.get(0), 16), Integer.parseInt(row.get(1), 16),
                    Integer.parseInt(row.get(2)), kind});
            } catch (NumberFormatException e) {
                throw row.error("need hex range and integer bonus");
            }
        }
        return t;
    }

    private static void mark(boolean[] table, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
    }

    static String unescape(String cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 5 < cell.length() && cell.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    boolean isRare(char c) {
        return rare[c];
    }

    boolean isNatural(char c) {
        return natural[c];
    }

    boolean isAmbiguous(String pair) {
        return ambiguous.contains(pair);
    }

    /** Score bonus for decoding to this code point, or {@link #IMPLAUSIBLE}. */
    int bonus(int cp) {
        for (int[] r : ranges) {
            if (cp >= r[0] && cp <= r[1]) {
                if (Character.getType(cp) == Character.UNASSIGNED && cp != 0xFFFD) {
                    return IMPLAUSIBLE;
                }
                if (cp >= 0x100 && cp <= 0x24F) {
                    return common[cp] ? 1 : r[2];
                }
                return r[2];
            }
        }
        return IMPLAUSIBLE;
    }

    /** Whether the code point is of a script not written next to ASCII words. */
    boolean isForeignScript(int cp) {
        return kind(cp) >= 1;
    }

    /** Whether the code point is CJK or Hangul, which chance decodings of Latin text land in. */
    boolean isIdeographic(int cp) {
        return kind(cp) == 2;
    }

    private int kind(int cp) {
        for (int[] r : ranges) {
            if (cp >= r[0] && cp <= r[1]) {
                return r[3];
            }
        }
        return 0;
    }
}
