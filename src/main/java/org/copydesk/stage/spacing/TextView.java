package org.copydesk.stage.spacing;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One snapshot of the text as the spacing rules see it: which characters
 * belong to URLs, e-mail addresses, handles, hashtags and code (never
 * touched), which lie inside quotation marks (verbatim, keeps its own
 * spelling), and whether lines are hard-wrapped (a line break is then layout,
 * not damage).
 */
final class TextView {
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    /** URLs, addresses, handles, hashtags, paths, code and dotted names such as example.com or node.js. */
    private static final Pattern PROTECTED_CHUNK = Pattern.compile(
            "(?:.*(?:://|@|[/\\\\_=<>{}|~^`]).*)|(?:[(\\[\"“‘']?(?:www\\.|#).*)|(?:.*\\p{Ll}\\.\\p{Ll}.*)");

    final String text;
    private final BitSet protectedChars = new BitSet();
    private final BitSet quotedChars = new BitSet();
    final boolean hardWrapped;
    private java.util.Set<String> tokens;

    TextView(String text) {
        this.text = text;
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            if (PROTECTED_CHUNK.matcher(m.group()).matches()) {
                protectedChars.set(m.start(), m.end());
            }
        }
        markQuotes();
        this.hardWrapped = detectHardWrap();
    }

    /** True when any character of [start, end) is part of a URL, address, handle, hashtag or code. */
    boolean isProtected(int start, int end) {
        int next = protectedChars.nextSetBit(Math.max(0, start - 1));
        return next >= 0 && next < Math.min(text.length(), end + 1);
    }

    /** Matches of a pattern that do not touch a protected chunk (URL, address, code...). */
    java.util.List<java.util.regex.MatchResult> unprotectedMatches(Pattern pattern) {
        java.util.List<java.util.regex.MatchResult> out = new java.util.ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!isProtected(m.start(), m.end())) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** Every word token of the text as it stands: a name that also occurs unglued is a known name here. */
    synchronized boolean hasToken(String word) {
        if (tokens == null) {
            tokens = new java.util.HashSet<>();
            Matcher m = Words.TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens.contains(word);
    }

    /** True when the position lies between quotation marks. */
    boolean isQuoted(int pos) {
        return quotedChars.get(pos);
    }

    /** Marks text between paired quotation marks, paragraph by paragraph (an unpaired mark quotes nothing). */
    private void markQuotes() {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int open = -1;
            char closer = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (open < 0 && (c == '“' || c == '"' || c == '«' || c == '„')) {
                    open = i;
                    closer = c == '“' ? '”' : c == '«' ? '»' : c == '„' ? '“' : '"';
                } else if (open >= 0 && (c == closer || closer == '”' && c == '“' && i + 1 < lineEnd
                        && !Character.isLetter(text.charAt(i + 1)))) {
                    quotedChars.set(open, i + 1);
                    open = -1;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Most lines run on into the next, at similar, moderate lengths: a wrapped
     * layout. A few broken lines among one-line paragraphs are damage, not layout.
     */
    private boolean detectHardWrap() {
        int lines = 0;
        int runOn = 0;
        int wrapped = 0;
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            int len = all[i].strip().length();
            if (len == 0) {
                continue;
            }
            lines++;
            if (i + 1 < all.length && !all[i + 1].isBlank()) {
                runOn++;
                if (len >= 30 && len <= 100) {
                    wrapped++;
                }
            }
        }
        return runOn >= 3 && wrapped * 10 >= runOn * 6 && runOn * 2 > lines;
    }
}
