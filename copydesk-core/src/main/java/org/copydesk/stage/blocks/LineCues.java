package org.copydesk.stage.blocks;

import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * What the words of one line say about it being page chrome, each a family
 * of shapes rather than a list of sites' strings. The line classifier weighs
 * them with the line's place ({@link ChromeLineClassifier}); no cue removes a line
 * by itself.
 */
final class LineCues {
    /** Separators that cut a line into menu or breadcrumb items when they stand alone between spaces. */
    private static final Set<String> SEPARATOR_TOKENS = Set.of("»", "«", "|", "·", "•", "›", "‹", "/", ">", ">>");
    /** A section label points on to its section: "World »", "Sport ›", "Opinion >>". */
    private static final Pattern TRAILING_POINTER = Pattern.compile("[^»›>]*\\S\\s*(?:»|›|>>|>)");
    /**
     * An imperative aimed at the reader, about the site rather than the story: subscribe to, follow,
     * like, share, download, watch, listen, register, visit, go to, click, tap, join; optionally after
     * "For more (news|info|...)," and "please".
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)(?:for (?:more|the latest|all the latest)"
            + " [\\p{L} ]{2,30}?,? )?(?:please )?(?:subscribe|follow|like|share|download|watch|listen|register|visit"
            + "|go to|head to|click|tap|join|sign up|get)\\b.*");
    /** The object of such an imperative: a link, "HERE", a network, a channel, an app, a newsletter. */
    private static final Pattern ACTION_TARGET = Pattern.compile("(?i)https?://|www\\.|\\bhere\\b|\\bchannel\\b"
            + "|\\bapp\\b|\\bnewsletter|\\bfacebook\\b|\\btwitter\\b|\\binstagram\\b|\\byoutube\\b|\\btelegram\\b"
            + "|\\btiktok\\b|\\bpodcast\\b|\\bwebsite\\b");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|\\bwww\\.\\S+|\\bbit\\.ly/\\S+");
    /** A paywall offer: a price for a period ("Only $4.99 per month", "£1 a week for 3 months"). */
    private static final Pattern OFFER = Pattern.compile("(?i).*(?:[$€£¥]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|£|euros?\\b"
            + "|dollars?\\b)).*(?:per|a|an|/|each|every)\\s?(?:month|mo|week|wk|year|yr|day)\\b.*");
    /**
     * A photo credit: a name and its agency joined by a slash ("Jane Doe/Reuters", "Screenshot/City Hall"),
     * a picture "via" or "for" a news organisation, or a line ending in a picture agency.
     */
    private static final Pattern CREDIT = Pattern.compile("(?:[^/]*\\p{Ll}/\\p{Lu}\\p{L}[^/]*|.*(?i:\\bvia) \\p{Lu}.*"
            + "|.* for (?:The )?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,4}"
            + "|.*(?:Getty Images|Associated Press|Reuters|Agence France-Presse|AFP|EPA|Shutterstock|Alamy))");
    /** A byline without "By" at its start: "Text by-Jane Doe", "Author(s): Jane Doe", "Words and pictures: Jane Doe". */
    private static final Pattern BYLINE = Pattern.compile("(?i:.*\\bby\\s*[-:]?\\s*|(?:author|authors|author\\(s\\)"
            + "|writer|reporter|editor|correspondent|columnist|autor|autora|auteur)\\s*[:-]\\s*)"
            + "\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}[\\p{L}.]*){1,3}");
    /** A note about the language of the original ("Translated from Portuguese", "Original in French"). */
    private static final Pattern TRANSLATION_NOTE = Pattern.compile("(?i).*\\b(?:original|translated|translation"
            + "|version|source)\\b.*\\b(?:in|from|into)\\s+(?:spanish|portuguese|french|italian|german|russian"
            + "|chinese|arabic|english|castilian|catalan)\\b.*");
    /** Words that name parts of a web page rather than anything in a story. */
    private static final Set<String> PAGE_WORDS = Set.of("post", "posts", "article", "articles", "comment",
            "comments", "menu", "subscribe", "subscribers", "subscription", "newsletter", "newsletters", "widget",
            "sidebar", "rss", "login", "app", "advertisement", "sponsored", "gallery", "podcast", "tags", "category",
            "categories", "share", "shares", "trending", "inbox", "permalink", "homepage", "blog", "blogroll",
            "archives", "webmaster", "cookies", "unsubscribe", "paywall", "premium");
    /** Function words of the source languages of translated state media, absent from English. */
    private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("de", "la", "en", "le", "el", "los", "las", "del", "que", "por",
            "para", "con", "una", "sus", "este", "esta", "não", "dos", "das", "uma", "pelo", "pela", "com",
            "les", "des", "du", "une", "est", "dans", "pour", "sur", "avec", "qui", "della", "che", "il", "di",
            "und", "der", "die", "nicht", "mit", "ist");
    /** English function words (a foreign line has none); not "a", a preposition in Spanish, Portuguese and Italian. */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "is", "was",
            "for", "on", "with", "as", "by", "at", "that", "this", "it", "from", "be", "are", "has", "have", "an",
            "or", "not", "we", "you", "he", "she", "they", "his", "her", "their", "our", "its", "will", "would");

    /**
     * Markup of a document, not of a web page: reST roles and fields (:func:, :Author:), literal-block
     * colons, link targets and directives (".. _name:"), backticks, grid tables, interpreter prompts,
     * an address in angle brackets, heading underlines (also when a reflow glued them to the heading). A line with any of them belongs to the document's structure.
     */
    private static final Pattern MARKUP = Pattern.compile("`|::|^\\.\\. |(?:^|\\s):[A-Za-z][\\w-]*:|^[+|]|^>>>"
            + "|<[^<>\\s]+@[^<>\\s]+>|\\*\\*|^#{1,6} |={3,}|~{3,}|\\^{3,}");

    private LineCues() {
    }

    static boolean markup(String raw) {
        return mayHoldMarkup(raw) && MARKUP.matcher(raw).find();
    }

    /**
     * False when the line has none of the characters every branch of {@link #MARKUP} needs (a mark
     * anywhere, or one of the line-start marks): most prose lines, spared the scan with its look-arounds.
     */
    private static boolean mayHoldMarkup(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        char first = raw.charAt(0);
        if (first == '.' || first == '+' || first == '|' || first == '>' || first == '#') {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            switch (raw.charAt(i)) {
                case '`', ':', '@', '*', '=', '~', '^' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A line of one repeated punctuation mark ("=====", "-----"): the underline of a heading or a rule. */
    static boolean underline(String raw) {
        if (raw.length() < 3 || Character.isLetterOrDigit(raw.charAt(0))) {
            return false;
        }
        return raw.chars().allMatch(c -> c == raw.charAt(0));
    }

    /** Separators standing alone between items: "World » Europe", "pgh / etc", "Home | About". */
    static int standaloneSeparators(String text) {
        int n = 0;
        for (String token : text.split(" ")) {
            n += SEPARATOR_TOKENS.contains(token) ? 1 : 0;
        }
        return n;
    }

    static boolean trailingPointer(Block b) {
        return b.words() <= 4 && TRAILING_POINTER.matcher(b.text()).matches();
    }

    /** An imperative about the site with its object: "Follow the Daily on Instagram HERE: https://...". */
    static boolean callToAction(String text) {
        return CALL_TO_ACTION.matcher(text).matches() && ACTION_TARGET.matcher(text).find();
    }

    static boolean url(String text) {
        return URL.matcher(text).find();
    }

    /** The line's last word is a link. */
    static boolean endsInUrl(String text) {
        int space = text.lastIndexOf(' ');
        return url(text.substring(space + 1));
    }

    static boolean offer(String text) {
        return OFFER.matcher(text).matches();
    }

    static boolean credit(String text) {
        return CREDIT.matcher(text).matches();
    }

    static boolean byline(String text) {
        return BYLINE.matcher(text).matches();
    }

    static boolean translationNote(String text) {
        return TRANSLATION_NOTE.matcher(text).matches();
    }

    /** How many words name parts of a web page. */
    static int pageWords(String text) {
        int n = 0;
        for (String w : words(text)) {
            n += PAGE_WORDS.contains(w) ? 1 : 0;
        }
        return n;
    }

    /** Six or more words, no English function word and at least two of another language's: a line in another language. */
    static boolean foreign(String text) {
        String[] words = words(text);
        if (words.length < 6) {
            return false;
        }
        int english = 0;
        int other = 0;
        for (String w : words) {
            english += ENGLISH_FUNCTION_WORDS.contains(w) ? 1 : 0;
            other += FOREIGN_FUNCTION_WORDS.contains(w) ? 1 : 0;
        }
        return english == 0 && other >= 2;
    }

    /** Lower-cased words without their punctuation. */
    static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip().split(" +");
    }
}
