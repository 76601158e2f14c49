package org.copydesk.stage.spacing;

import java.util.regex.Pattern;

/** Small character tests shared by the rules. */
final class Words {
    /** A word token: letters (with combining marks), optionally with inner apostrophes ("McDonald's"). */
    static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)*");

    private Words() {
    }

    /** A digit directly before or after [start, end): units, ordinals and formulas ("5km", "21st", "H2O"). */
    static boolean touchesDigit(String text, int start, int end) {
        return start > 0 && Character.isDigit(text.charAt(start - 1))
                || end < text.length() && Character.isDigit(text.charAt(end));
    }

    static boolean isAllLower(String s) {
        return s.chars().allMatch(Character::isLowerCase);
    }

    static boolean isCapitalised(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && isAllLower(s.substring(1));
    }

    static boolean isAllUpper(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Upper-case first letter, the rest as given ("today's" to "Today's"). */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
