package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a text must contain for an RE2 pattern to match anywhere in it, read from the pattern: a list of
 * literal sets, each of which needs one of its strings in the text. "{@code .+?(?i:photo|image) by .*}" needs
 * one of "photo", "image", and " by ". The rows of boilerplate.tsv run on every line, and a line without a
 * pattern's literals is answered with {@code indexOf} instead of the RE2 machine (same answer: the literals
 * are a necessary condition).
 *
 * <p>All literals and the text are compared {@link #fold folded} (to one case), so a case-blind group needs
 * no special reading, and a case-sensitive literal only asks for less than the pattern does. Syntax outside
 * the subset read here (see {@link Parser}) gives no literals: the pattern then always runs.
 */
final class RequiredLiterals {
    /** More alternatives than this are not worth a set (and a product of them grows fast). */
    private static final int MAX_SET = 64;

    private static final RequiredLiterals NONE = new RequiredLiterals(List.of());

    private final List<Set<String>> needed;

    private RequiredLiterals(List<Set<String>> needed) {
        this.needed = needed.stream().map(RequiredLiterals::shortest).toList();
    }

    /** A set without the strings that hold another of its strings: finding that one is enough. */
    private static Set<String> shortest(Set<String> any) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : any) {
            if (any.stream().noneMatch(o -> !o.equals(s) && s.contains(o))) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }

    /** The literals of a pattern, or none (always admits) when its syntax is outside the subset read here. */
    static RequiredLiterals of(String pattern) {
        try {
            Parser p = new Parser(pattern);
            Info info = p.alternation();
            if (p.pos != pattern.length()) {
                return NONE;
            }
            List<Set<String>> sets = new ArrayList<>(info.required);
            usable(info.exact).ifPresent(sets::add);
            return new RequiredLiterals(sets);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /** The literal sets, folded (for tests and the docs). */
    List<Set<String>> sets() {
        return needed;
    }

    boolean isEmpty() {
        return needed.isEmpty();
    }

    /** False when the (folded) text lacks every string of some set: the pattern cannot match it. */
    boolean admits(String foldedText) {
        for (Set<String> any : needed) {
            boolean found = false;
            for (String s : any) {
                if (foldedText.contains(s)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * One case for every character RE2's case-blind matching takes as the same letter: upper case, then lower
     * case ("ſ" → "S" → "s", the Kelvin sign → "k"). {@code RequiredLiteralsTest} checks it against RE2 for
     * every cased code point.
     */
    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    static String fold(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int f = fold(c);
            if (f != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(f);
            }
            i += Character.charCount(c);
        }
        return sb == null ? text : sb.toString();
    }

    private static Optional<Set<String>> usable(Set<String> exact) {
        return exact != null && !exact.isEmpty() && !exact.contains("") ? Optional.of(exact) : Optional.empty();
    }

    /**
     * What a piece of a pattern tells: {@code exact}, the strings it matches when they are few (null when not
     * known), and {@code required}, literal sets any match of it contains.
     */
    private record Info(Set<String> exact, List<Set<String>> required) {
        static final Info UNKNOWN = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        /** The strongest single set: the exact strings, or the required set whose shortest string is longest. */
        Optional<Set<String>> best() {
            Optional<Set<String>> e = usable(exact);
            if (e.isPresent()) {
                return e;
            }
            Set<String> best = null;
            for (Set<String> s : required) {
                if (best == null || shortest(s) > shortest(best)) {
                    best = s;
                }
            }
            return Optional.ofNullable(best);
        }

        private static int shortest(Set<String> s) {
            return s.stream().mapToInt(String::length).min().orElse(0);
        }
    }

    /**
     * A recursive reader of the RE2 syntax the rows use: literals, escapes, classes, groups (capturing, named,
     * non-capturing, with flags), alternation and repetition. It throws on anything else, so an unread
     * construct never yields a literal the pattern does not need.
     */
    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        Info alternation() {
            List<Info> branches = new ArrayList<>();
            branches.add(concatenation());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                branches.add(concatenation());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            for (Info b : branches) {
                if (exact == null || b.exact == null) {
                    exact = null;
                } else {
                    exact.addAll(b.exact);
                }
            }
            if (exact != null && exact.size() > MAX_SET) {
                exact = null;
            }
            // a match is a match of one branch: it contains one of the branches' best sets' strings
            Set<String> any = new LinkedHashSet<>();
            for (Info b : branches) {
                Optional<Set<String>> best = b.best();
                if (best.isEmpty()) {
                    any = null;
                    break;
                }
                any.addAll(best.get());
            }
            List<Set<String>> required = any == null || exact != null ? List.of() : List.of(Set.copyOf(any));
            return new Info(exact, required);
        }

        private Info concatenation() {
            List<Set<String>> required = new ArrayList<>();
            Set<String> run = Set.of("");
            boolean allExact = true;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Info piece = repetition(atom());
                required.addAll(piece.required);
                Set<String> product = piece.exact == null ? null : product(run, piece.exact);
                if (product != null) {
                    run = product;
                    continue;
                }
                allExact = false;
                usable(run).ifPresent(required::add);
                usable(piece.exact).ifPresent(required::add);
                run = Set.of("");
            }
            if (allExact) {
                return new Info(run, required);
            }
            usable(run).ifPresent(required::add);
            return new Info(null, required);
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            if ((long) left.size() * right.size() > MAX_SET) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String l : left) {
                for (String r : right) {
                    out.add(l + r);
                }
            }
            return out;
        }

        private Info repetition(Info atom) {
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?') {
                pos++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("literal brace");
                }
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                if (bounds.length > 2 || !bounds[0].matches("\\d{1,4}") || bounds.length == 2 && !bounds[1].matches("\\d{0,4}")) {
                    throw new IllegalArgumentException("literal brace");
                }
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < re.length() && re.charAt(pos) == '?') {
                pos++; // lazy: matches the same strings
            }
            if (pos < re.length() && "*+?{".indexOf(re.charAt(pos)) >= 0) {
                throw new IllegalArgumentException("repeated repetition");
            }
            if (min == 0) {
                // optional: exact only for "?" ({0,1}), with the empty string
                if (max == 1 && atom.exact != null) {
                    Set<String> exact = new LinkedHashSet<>(atom.exact);
                    exact.add("");
                    return new Info(exact, List.of());
                }
                return Info.UNKNOWN;
            }
            if (min == 1 && max == 1) {
                return atom;
            }
            List<Set<String>> required = new ArrayList<>(atom.required);
            usable(atom.exact).ifPresent(required::add);
            return new Info(null, required);
        }

        private Info atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Info.UNKNOWN;
                case '.':
                    pos++;
                    return Info.UNKNOWN;
                case '^':
                case '$':
                    pos++;
                    return Info.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("repetition without operand");
                default:
                    int cp = re.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return new Info(Set.of(new String(Character.toChars(fold(cp)))), List.of());
            }
        }

        private Info group() {
            pos++; // (
            if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("group name");
                }
                pos = close + 1;
            } else if (pos < re.length() && re.charAt(pos) == '?') {
                int p = pos + 1;
                while (p < re.length() && "imsU-".indexOf(re.charAt(p)) >= 0) {
                    p++;
                }
                if (p >= re.length()) {
                    throw new IllegalArgumentException("flags");
                }
                if (re.charAt(p) == ')') {
                    pos = p + 1; // flags for the rest of the group: everything is compared folded anyway
                    return Info.EMPTY;
                }
                if (re.charAt(p) != ':') {
                    throw new IllegalArgumentException("group kind");
                }
                pos = p + 1;
            }
            Info inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            return inner;
        }

        private void skipClass() {
            pos++; // [
            if (pos < re.length() && re.charAt(pos) == '^') {
                pos++;
            }
            if (pos < re.length() && re.charAt(pos) == ']') {
                pos++; // a leading ] is a literal
            }
            while (pos < re.length() && re.charAt(pos) != ']') {
                if (re.charAt(pos) == '\\') {
                    pos++;
                    if (pos < re.length() && (re.charAt(pos) == 'p' || re.charAt(pos) == 'P')
                            && pos + 1 < re.length() && re.charAt(pos + 1) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) {
                            throw new IllegalArgumentException("class name");
                        }
                        pos = close;
                    }
                } else if (re.startsWith("[:", pos)) {
                    int close = re.indexOf(":]", pos + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("posix class");
                    }
                    pos = close + 1;
                }
                pos++;
            }
            if (pos >= re.length()) {
                throw new IllegalArgumentException("unclosed class");
            }
            pos++; // ]
        }

        private Info escape() {
            pos++; // backslash
            if (pos >= re.length()) {
                throw new IllegalArgumentException("trailing backslash");
            }
            char c = re.charAt(pos);
            pos++;
            if ("dDsSwW".indexOf(c) >= 0) {
                return Info.UNKNOWN;
            }
            if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
                return Info.EMPTY;
            }
            if (c == 'p' || c == 'P') {
                if (pos < re.length() && re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new IllegalArgumentException("class name");
                    }
                    pos = close + 1;
                } else {
                    pos++; // one-letter class name, \pL
                }
                return Info.UNKNOWN;
            }
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                return new Info(Set.of(String.valueOf(c)), List.of()); // an escaped punctuation mark
            }
            throw new IllegalArgumentException("escape \\" + c); // \Q, \x, \n, octal ...: not read here
        }
    }
}
