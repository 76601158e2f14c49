package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing's date-and-time stamp run into the text that followed it on the page: "… to ICJ 18 de agosto de
 * 2017, 15:26Guatemala, Aug 18 (Prensa Latina) Guatemalan President …", "March 3, 2024 10:31Paris (AFP) -". The
 * page printed the stamp on a line of its own above each item and the scrape joined the lines.
 *
 * <p>The evidence is the glue: prose puts a space after a clock time, so a time run straight into a capitalised
 * word ends a stamp, not a sentence. The stamp is the longest run of words before the time that reads, with it, as
 * one date with a day, a month and a time ({@link DateParser}, in every language of the calendar); it goes, and its
 * date goes to the metadata. The same glue marks a byline run into its date ({@link #bylineDate}). A time with a space after it ("at 15:26 Guatemala time"), a time without a date
 * before it ("Flight 10:30Express") and a date without a time stay.
 */
final class GluedTimestamp {
    static final String RULE = "GLUED_TIMESTAMP";
    /** A clock time (and a meridiem written onto it) run into a capitalised word. */
    private static final Pattern GLUED_TIME = Pattern.compile(
            "(?<![\\d:])\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:[ap]\\.?m\\.?|[AP]M)?(?=\\p{Lu}\\p{L})");
    /** How many words before the time a stamp may take ("Thursday, 18 de agosto de 2017, 15:26": 6). */
    private static final int MAX_WORDS = 8;

    record Stamp(int start, int end, String iso) {
    }

    private GluedTimestamp() {
    }

    /** Where a stamp goes in the metadata: "timestamp" with a time of day, as the pattern rows file them, else "date". */
    static String metadataKey(String iso) {
        return iso.indexOf('T') >= 0 ? "timestamp" : "date";
    }

    static List<Stamp> find(String text, DateParser dates) {
        List<Stamp> out = new ArrayList<>();
        Matcher m = GLUED_TIME.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            stampEndingAt(text, lineStart, m.start(), m.end(), dates).ifPresent(out::add);
        }
        return out;
    }

    /** A byline and its date run together on one line: the name and the date, read apart. */
    record BylineDate(String name, String iso) {
    }

    /** A byline holds a few capitalised words (the name of a person or a desk). */
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'.-]*");

    /**
     * A whole line that is a byline run into its date ("Yudy Castro Moralesjanuary 20, 2020 09:01:05", "Ana
     * PérezMarch 3, 2024"): the word before the line's first figure ends in a month name glued to a capitalised
     * name; the month and the rest of the line read as one date, and every word before it is capitalised. The
     * page printed name and date in two cells; the scrape ran them together, which no sentence does.
     */
    static Optional<BylineDate> bylineDate(String line, DateParser dates) {
        String[] words = line.strip().split("\\s+");
        int firstFigure = -1;
        for (int i = 0; i < words.length && firstFigure < 0; i++) {
            if (Character.isDigit(words[i].charAt(0))) {
                firstFigure = i;
            }
        }
        if (firstFigure < 1 || firstFigure > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        for (int i = 0; i < firstFigure - 1; i++) {
            if (!NAME_WORD.matcher(words[i]).matches()) {
                return Optional.empty();
            }
        }
        String glued = words[firstFigure - 1];
        String rest = String.join(" ", java.util.Arrays.asList(words).subList(firstFigure, words.length));
        for (int cut = 2; cut <= glued.length() - 3; cut++) {
            String name = glued.substring(0, cut);
            String month = glued.substring(cut);
            if (!Character.isLetter(month.charAt(0)) || !NAME_WORD.matcher(name).matches()) {
                continue;
            }
            Optional<DateParser.DateValue> value = dates.parse(month + " " + rest);
            if (value.isPresent()) {
                String before = String.join(" ", java.util.Arrays.asList(words).subList(0, firstFigure - 1));
                return Optional.of(new BylineDate((before.isEmpty() ? "" : before + " ") + name, value.get().iso()));
            }
        }
        return Optional.empty();
    }

    /** The longest stamp that ends with the time at [timeStart, timeEnd), its words taken from the same line. */
    private static Optional<Stamp> stampEndingAt(String text, int lineStart, int timeStart, int timeEnd,
                                                 DateParser dates) {
        List<Integer> wordStarts = new ArrayList<>();
        int i = timeStart;
        while (wordStarts.size() < MAX_WORDS) {
            while (i > lineStart && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == lineStart) {
                break;
            }
            while (i > lineStart && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            wordStarts.add(i);
        }
        for (int k = wordStarts.size() - 1; k >= 0; k--) {
            int start = wordStarts.get(k);
            Optional<DateParser.DateValue> value = dates.parse(text.substring(start, timeEnd));
            if (value.isPresent() && value.get().hasTime()) {
                return Optional.of(new Stamp(start, timeEnd, value.get().iso()));
            }
        }
        return Optional.empty();
    }
}
