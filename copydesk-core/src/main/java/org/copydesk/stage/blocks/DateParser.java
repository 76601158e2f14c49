package org.copydesk.stage.blocks;

import java.util.Locale;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * Reads a whole string as a date, with an optional time: "June 16, 2024",
 * "Jun 28", "Thursday, 8 February 2024", "16 de junio de 2024", "16. Juni
 * 2024", "2024-07-08 04:55:57", "08.07.2024 10:30 GMT". Every token must be
 * part of the date, so a sentence that mentions a date is not one.
 */
final class DateParser {
    /** A date read from text; {@code iso} is yyyy-mm-dd, --mm-dd without a year, plus Thh:mm[:ss] with a time. */
    record DateValue(String iso, boolean hasTime, boolean hasYear) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?P<iso>\\d{4}-\\d{1,2}-\\d{1,2})(?:[T ](?P<isotime>\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?)?"
            + "|(?P<numeric>\\d{1,2})(?P<sep>[./])(?P<num2>\\d{1,2})[./](?P<num3>\\d{4})"
            + "|(?P<time>\\d{1,2}[:h]\\d{2}(?::\\d{2})?)"
            + "|(?P<number>\\d{1,4})(?:st|nd|rd|th|º|ª|er|o|\\.)?"
            + "|(?P<word>\\p{L}[\\p{L}'-]*(?:\\.\\p{L})*\\.?)"
            + "|(?P<punct>[,|/·•()\\-]+)"
            + "|(?P<space>\\s+)");

    private final Calendar calendar;

    DateParser(Calendar calendar) {
        this.calendar = calendar;
    }

    Optional<DateValue> parse(String text) {
        Fields f = new Fields();
        Matcher m = TOKEN.matcher(text);
        int pos = 0;
        String previous = "";
        while (pos < text.length()) {
            if (!m.find(pos) || m.start() != pos || m.end() == pos) {
                return Optional.empty();
            }
            pos = m.end();
            if (m.group("space") != null || m.group("punct") != null) {
                continue;
            }
            if (!take(m, f, previous)) {
                return Optional.empty();
            }
            previous = m.group("time") != null || m.group("isotime") != null ? "time" : "other";
        }
        return f.toValue();
    }

    private boolean take(Matcher m, Fields f, String previous) {
        if (m.group("iso") != null) {
            String[] ymd = m.group("iso").split("-");
            return f.setDate(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]))
                    && (m.group("isotime") == null || f.setTime(m.group("isotime")));
        }
        if (m.group("numeric") != null) {
            int a = Integer.parseInt(m.group("numeric"));
            int b = Integer.parseInt(m.group("num2"));
            int y = Integer.parseInt(m.group("num3"));
            boolean dayFirst = m.group("sep").equals(".") || a > 12;
            if (!dayFirst && b <= 12) {
                return false; // 03/04/2024: day and month cannot be told apart
            }
            return dayFirst ? f.setDate(y, b, a) : f.setDate(y, a, b);
        }
        if (m.group("time") != null) {
            return f.setTime(m.group("time").replace('h', ':'));
        }
        if (m.group("number") != null) {
            return f.setNumber(Integer.parseInt(m.group("number")), m.group("number").length());
        }
        String word = m.group("word");
        if (previous.equals("time") && calendar.is(word, Calendar.Kind.MERIDIEM)) {
            return f.setMeridiem(calendar.lookup(word, Calendar.Kind.MERIDIEM));
        }
        int month = calendar.lookup(word, Calendar.Kind.MONTH);
        if (month > 0) {
            return f.setMonth(month);
        }
        if (f.hasTime && calendar.is(word, Calendar.Kind.ZONE)) {
            return true;
        }
        return calendar.is(word, Calendar.Kind.WEEKDAY) && f.month < 0 || calendar.is(word, Calendar.Kind.PARTICLE);
    }

    /** The parts of a date as they are read, in any order. */
    private static final class Fields {
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute = -1;
        int second = -1;
        boolean hasTime;
        boolean meridiem;

        boolean setDate(int y, int mo, int d) {
            return set(y, mo, d);
        }

        boolean setMonth(int mo) {
            if (month >= 0) {
                return false;
            }
            month = mo;
            return true;
        }

        boolean setNumber(int n, int digits) {
            if (digits == 4) {
                if (year >= 0 || n < 1800 || n > 2200) {
                    return false;
                }
                year = n;
                return true;
            }
            if (day >= 0 || n < 1 || n > 31) {
                return false;
            }
            day = n;
            return true;
        }

        boolean setTime(String hms) {
            if (hasTime) {
                return false;
            }
            String[] parts = hms.split(":");
            hour = Integer.parseInt(parts[0]);
            minute = Integer.parseInt(parts[1]);
            second = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
            hasTime = hour < 24 && minute < 60 && second < 60;
            return hasTime;
        }

        boolean setMeridiem(int offset) {
            if (meridiem || hour < 1 || hour > 12) {
                return false;
            }
            meridiem = true;
            hour = hour % 12 + offset;
            return true;
        }

        private boolean set(int y, int mo, int d) {
            if (year >= 0 || month >= 0 || day >= 0) {
                return false;
            }
            year = y;
            month = mo;
            day = d;
            return true;
        }

        Optional<DateValue> toValue() {
            if (month < 1 || month > 12 || day < 1) {
                return Optional.empty();
            }
            String date;
            try {
                if (year >= 0) {
                    date = LocalDate.of(year, month, day).toString();
                } else {
                    date = MonthDay.of(month, day).toString();
                }
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            if (!hasTime) {
                return Optional.of(new DateValue(date, false, year >= 0));
            }
            String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + (second >= 0 ? String.format(Locale.ROOT, ":%02d", second) : "");
            return Optional.of(new DateValue(date + time, true, year >= 0));
        }
    }
}
