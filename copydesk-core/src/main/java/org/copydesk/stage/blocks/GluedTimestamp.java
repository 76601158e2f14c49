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
 * date goes to the metadata. A time with a space after it ("at 15:26 Guatemala time"), a time without a date
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

    static List<Stamp> find(String text, DateParser dates) {
        List<Stamp> out = new ArrayList<>();
        Matcher m = GLUED_TIME.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            stampEndingAt(text, lineStart, m.start(), m.end(), dates).ifPresent(out::add);
        }
        return out;
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
