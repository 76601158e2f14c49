package org.copydesk.stage.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds HTML tags in plain text. A candidate {@code <…>} is kept only when
 * jsoup parses it into an element whose tag it knows (or it is an end tag of
 * a known tag, or a comment), so "a < b > c" and "<ping@lfw.org>" are not
 * markup. Script-like elements extend to their end tag.
 */
final class TagScanner {
    /**
     * C0 control characters (not tab or line breaks) and DEL, which the unicode stage always removes: read past
     * where a tag's syntax stands ("<", U+0001, "/p>"), or the tag appears only once they are gone and the second
     * clean strips it.
     */
    private static final String CONTROLS = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    private static final Pattern CANDIDATE = Pattern.compile("<!--.*?-->|<" + CONTROLS + "(/" + CONTROLS
            + ")?([A-Za-z][A-Za-z0-9]{0,10})" + CONTROLS + "(\\s[^<>]{0,500})?/?" + CONTROLS + ">", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(CONTROLS.substring(0, CONTROLS.length() - 1));
    private static final Pattern QUICK = Pattern.compile("<" + CONTROLS + "/?" + CONTROLS + "[A-Za-z]|<!--");
    private static final Set<String> WITH_CONTENT = Set.of("script", "style", "noscript", "iframe", "template");
    private static final Pattern MENTION_BEFORE = Pattern.compile("(?i)(?:\\bthe|\\ban?|\\beach|\\bevery|`)\\s*$");
    private static final Pattern MENTION_AFTER = Pattern.compile("(?i)^\\s*(?:tags?|elements?|`)\\b");

    /** One tag: its span, its name, and for script-like elements where the element ends. */
    record Tag(int start, int end, String name, boolean closing, boolean hasAttributes, boolean isComment,
            int elementEnd, boolean isBlock) {
        String describe() {
            return isComment ? "an HTML comment" : "the " + (closing ? "end tag </" : "tag <") + name + ">";
        }
    }

    private TagScanner() {
    }

    static boolean mayHaveTags(String text) {
        return text.indexOf('<') >= 0 && QUICK.matcher(text).find();
    }

    static List<Tag> scan(String text) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        int skipUntil = 0;
        while (m.find()) {
            if (m.start() < skipUntil) {
                continue;
            }
            if (m.group().startsWith("<!--")) {
                tags.add(new Tag(m.start(), m.end(), "!--", false, false, true, m.end(), false));
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = m.group(1) != null;
            if (!org.jsoup.parser.Tag.isKnownTag(name)
                    || !closing && !parsesAsElement(CONTROL.matcher(m.group()).replaceAll(""), name)) {
                continue;
            }
            int elementEnd = m.end();
            if (!closing && WITH_CONTENT.contains(name)) {
                int close = text.toLowerCase(Locale.ROOT).indexOf("</" + name, m.end());
                int gt = close < 0 ? -1 : text.indexOf('>', close);
                if (gt > 0) {
                    elementEnd = gt + 1;
                    skipUntil = elementEnd;
                }
            }
            boolean block = org.jsoup.parser.Tag.valueOf(name).isBlock() && !name.equals("br");
            tags.add(new Tag(m.start(), m.end(), name, closing, m.group(3) != null && m.group(3).contains("="),
                    false, elementEnd, block));
        }
        return tags;
    }

    /** True when jsoup reads the candidate as one element of that name. */
    private static boolean parsesAsElement(String candidate, String name) {
        Element body = Jsoup.parseBodyFragment(candidate).body();
        Element first = body.childrenSize() > 0 ? body.child(0) : null;
        return first != null && first.normalName().equals(name);
    }

    /** True when the sentence talks about the tag ("the <p> tag", "`<br>`"): it is content, not markup. */
    static boolean isMentioned(String text, Tag tag) {
        String before = text.substring(Math.max(0, tag.start() - 8), tag.start());
        String after = text.substring(tag.elementEnd(), Math.min(text.length(), tag.elementEnd() + 10));
        return MENTION_BEFORE.matcher(before).find() && MENTION_AFTER.matcher(after).find()
                || insideCodeSpan(text, tag.start());
    }

    /** True when an odd number of backtick runs precede the position on its line: inside `code` or ``code``. */
    private static boolean insideCodeSpan(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int runs = 0;
        for (int i = lineStart; i < at; i++) {
            if (text.charAt(i) == '`' && (i == lineStart || text.charAt(i - 1) != '`')) {
                runs++;
            }
        }
        return runs % 2 == 1;
    }

    /** What the tag becomes: a paragraph break for a block tag inside a line, a line break for br, else nothing. */
    static String replacement(String text, Tag tag) {
        boolean lineStart = tag.start() == 0 || text.charAt(tag.start() - 1) == '\n';
        boolean lineEnd = tag.end() == text.length() || text.charAt(tag.end()) == '\n';
        if (tag.isComment() || tag.elementEnd() > tag.end() || lineStart || lineEnd) {
            return "";
        }
        if (tag.name().equals("br")) {
            return "\n";
        }
        if (tag.isBlock()) {
            return "\n\n";
        }
        return "";
    }
}
