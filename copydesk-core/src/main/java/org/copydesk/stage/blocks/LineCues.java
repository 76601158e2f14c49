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
    private static final Set<String> SEPARATOR_TOKENS = Set.of("»", "«", "|", "·", "•", "›", "‹", "/", ">", ">>",
            "→", "←", "::");
    /** Marks that point on to another page when they close a line: "Sign up here »", "Next →". */
    private static final String POINTERS = "»›>→";
    /** Where a label ends and what it labels begins: "Related: ...", "Don't miss | ...", "Watch » ...". */
    private static final Pattern LEAD = Pattern.compile("([^:|»›>→]{2,40}?)\\s*(?::|\\||»|›|>>|>|→| - | -- )\\s*(\\S.*)");
    /**
     * What pages count under a story: readers' comments, shares, likes, views and the like. Nouns of the
     * page's counters, not of anything a story counts.
     */
    private static final Set<String> COUNTERS = Set.of("comment", "comments", "share", "shares", "like", "likes",
            "view", "views", "reaction", "reactions", "reply", "replies", "read", "reads", "retweet", "retweets",
            "follower", "followers", "subscriber", "subscribers", "upvote", "upvotes", "rating", "ratings", "vote",
            "votes", "review", "reviews", "click", "clicks", "download", "downloads", "play", "plays", "response",
            "responses");
    /** A count as pages print it: 7, 1,923, 5.4K, 1.2M. */
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d)?[kKmM]?|\\d+(?:[.,]\\d)?[kKmM]?");
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
            + "|\\btiktok\\b|\\bpodcast\\b|\\bwebsite\\b|\\binbox\\b|\\be-?mail\\b|\\balerts\\b|\\bwhatsapp\\b"
            + "|\\blinkedin\\b|\\breddit\\b|\\bpinterest\\b|\\bflipboard\\b|\\bmessenger\\b|\\bios\\b|\\bandroid\\b");
    private static final Pattern SITE_SPEAKS = Pattern.compile("(?i)\\b(?:our|your)(?: [\\p{L}-]+){0,2} (?:app|apps|newsletters?"
            + "|podcasts?|channel|inbox|e-?mail|alerts|website|site|feed|edition)\\b");
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
    /**
     * A picture credit: a picture word and its mark ("Photo:", "Image -", "Photo by", "Photo courtesy of"),
     * then nothing but capitalised names, initials, acronyms, brackets, slashes and the joining words of
     * credits (via, for, of, and).
     */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("[(\\[]?(?i:photo|photos|photograph|image|picture|pic"
            + "|file photo|credit|photo credit|image credit)(?:\\s*[:-]\\s*|\\s+(?i:by|courtesy of|courtesy)\\s+)"
            + "(?:(?:\\p{Lu}[\\p{L}'.-]*|via|for|of|and|&)[\\s/,()\\[\\]]*){1,8}");
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

    /** "our"/"your" within three words before a channel: "our daily email", "your inbox", "our app". */
    static boolean siteSpeaks(String text) {
        return SITE_SPEAKS.matcher(text).find();
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

    static boolean pictureCredit(String text) {
        return PICTURE_CREDIT.matcher(text).matches();
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

    /** The line closes with a pointer on to another page: "Sign up here »", "Next →". */
    static boolean closesWithPointer(String text) {
        String t = text.strip();
        return t.length() >= 2 && POINTERS.indexOf(t.charAt(t.length() - 1)) >= 0 && t.charAt(t.length() - 2) == ' ';
    }

    /** The whole line stands in brackets: "(Jane Doe/Agency)", "[Image: ...]". */
    static boolean bracketed(String text) {
        String t = text.strip();
        if (t.length() < 3 || "([".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        char close = t.charAt(t.length() - 1);
        return (close == ')' || close == ']') && t.indexOf(close) == t.length() - 1;
    }

    /** The label before the line's first label separator and what follows it, or null: "Related » A title". */
    static String[] lead(String text) {
        var m = LEAD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String lead = m.group(1).strip();
        int words = lead.split(" ").length;
        return words <= 4 ? new String[] {lead, m.group(2)} : null;
    }

    /**
     * The line is a row of the page's counters and nothing else: every item (cut at separators and commas)
     * is a count and at most two words, or two words and a count, and one of the words names a counter
     * ("1,923 reactions", "Shares: 8.3K • 5.4K Comments").
     */
    static boolean tally(String text) {
        String[] items = text.split("\\s*(?:[|·•]|\\s/|,(?!\\d)|\\s{2,})\\s*");
        boolean counter = false;
        int counted = 0;
        for (String item : items) {
            String t = item.strip().replace(":", " ").strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] tokens = t.split("\\s+");
            int numbers = 0;
            int words = 0;
            for (String token : tokens) {
                if (COUNT.matcher(token).matches()) {
                    numbers++;
                } else if (token.chars().allMatch(Character::isLetter)) {
                    words++;
                    counter |= COUNTERS.contains(token.toLowerCase(Locale.ROOT));
                } else {
                    return false;
                }
            }
            if (numbers != 1 || words == 0 || words > 2) {
                return false;
            }
            counted++;
        }
        return counted > 0 && counter;
    }

    /**
     * Three or more short items (one or two words each, no function word), cut by separators, commas or
     * runs of spaces, after an optional label and colon: a row of buttons or a tag list. The first item
     * may carry the row's label ("Share on Messenger, Email, Print").
     */
    static boolean labelList(String text) {
        String body = text.replaceFirst("^[^:]{1,25}:\\s+", "");
        String[] items = body.split("\\s*(?:[|·•,»›]|\\s/|\\s{2,})\\s*");
        if (items.length < 3) {
            return false; // capitalised words cut only by spaces are a title as often as a row of buttons
        }
        int n = 0;
        for (int k = 0; k < items.length; k++) {
            String t = items[k].strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] ws = t.split(" ");
            // the first item may carry the row's label: "Share on Messenger, Email, Print"
            boolean label = k == 0 && ws.length <= 3;
            if (ws.length > 2 && !label || !Character.isLetterOrDigit(t.codePointAt(0))
                    || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
                return false;
            }
            for (String w : label ? new String[0] : ws) {
                if (ENGLISH_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            n++;
        }
        return n >= 3;
    }

    /** Lower-cased words without their punctuation. */
    static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip().split(" +");
    }
}
