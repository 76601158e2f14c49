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
    /** First letters of {@link #CALL_TO_ACTION}'s words ("for", "please", the verbs; ſ is a long s to (?i)). */
    private static final String ACTION_INITIALS = "fpsldwrvghctjſ";
    /** The object of such an imperative: a link, "HERE", a network, a channel, an app, a newsletter. */
    private static final Pattern ACTION_TARGET = Pattern.compile("(?i)https?://|www\\.|\\bhere\\b|\\bchannel\\b"
            + "|\\bapp\\b|\\bnewsletter|\\bfacebook\\b|\\btwitter\\b|\\binstagram\\b|\\byoutube\\b|\\btelegram\\b"
            + "|\\btiktok\\b|\\bpodcast\\b|\\bwebsite\\b|\\binbox\\b|\\be-?mail\\b|\\balerts\\b|\\bwhatsapp\\b"
            + "|\\blinkedin\\b|\\breddit\\b|\\bpinterest\\b|\\bflipboard\\b|\\bmessenger\\b|\\bios\\b|\\bandroid\\b");
    private static final Pattern SITE_SPEAKS = Pattern.compile("(?i)\\b(?:our|your)(?: [\\p{L}-]+){0,2} (?:app|apps|newsletters?"
            + "|podcasts?|channel|inbox|e-?mail|alerts|website|site|feed|edition)\\b");
    /**
     * What a site offers its reader to take away, by the nouns for a site's own channels: an app, a
     * newsletter, alerts, updates, a podcast, a digest, an inbox, a network to follow it on, the
     * paywall's "unlimited access" or a discount ("40% off"); words that name other things as well
     * (channel, e-mail, feed, edition, briefing, bulletin) only as "our" or "your" one: "Cross the
     * channel" is a line of a poem. The object of an imperative prompt ("Receive our alerts on WhatsApp").
     */
    // java.util.regex, not RE2: these read lookahead (",(?!\\d)"), and are compiled once here rather than per line
    private static final java.util.regex.Pattern TALLY_SEPARATORS =
            java.util.regex.Pattern.compile("\\s*(?:[|·•]|\\s/|,(?!\\d)|\\s{2,})\\s*");
    private static final java.util.regex.Pattern ROW_SEPARATORS =
            java.util.regex.Pattern.compile("\\s*(?:[|·•,»›]|\\s/|\\s-\\s|\\s{2,})\\s*");
    private static final java.util.regex.Pattern ROW_LABEL = java.util.regex.Pattern.compile("^[^:]{1,25}:\\s+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern COMMA_BEFORE_SMALL_LETTER = java.util.regex.Pattern.compile(".*, \\p{Ll}.*");
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final java.util.regex.Pattern WORD_WITH_APOSTROPHE = java.util.regex.Pattern.compile("\\p{L}+'\\p{L}*");
    private static final Pattern SITE_PRODUCT = Pattern.compile("(?i)\\b(?:apps?|newsletters?|alerts|updates"
            + "|podcasts?|inbox|digest|notifications"
            + "|facebook|twitter|instagram|youtube|telegram|tiktok|whatsapp|linkedin|reddit|pinterest|flipboard"
            + "|messenger|ios|android)\\b|(?i)\\b(?:unlimited|full|digital|premium|ad-free) access\\b|\\d ?% off\\b"
            + "|(?i)\\b(?:our|your)(?: [\\p{L}-]+){0,2} (?:channel|e-?mails?|feeds?|edition|briefings?|bulletins?"
            + "|site|website)\\b");
    /** The networks and channels a share row names: a row of them and nothing else is a row of buttons. */
    private static final Set<String> SHARE_TARGETS = Set.of("facebook", "twitter", "x", "whatsapp", "telegram",
            "linkedin", "reddit", "pinterest", "flipboard", "messenger", "email", "e-mail", "mail", "print", "copy",
            "link", "tumblr", "vk", "viber", "pocket", "threads", "bluesky", "mastodon", "instagram", "youtube",
            "tiktok", "sms", "share", "this", "on", "via");
    /**
     * A score on a scale and nothing else: "Rated 4.5 out of 5", "Score: 3.0/5", "4.0 out of 5 stars (364
     * votes)". A label of two capitalised words is a name ("Ana Ferreira 7/10": a player's rating).
     */
    private static final Pattern RATING = Pattern.compile("(?:[\\p{L}']+(?: [\\p{Ll}']+)?:? )?\\d{1,2}(?:[.,]\\d)?"
            + "(?: out of |/)(?:5|10|100)(?i:(?: stars?| points?)?)(?: \\(\\d[\\d,.]*[kKmM]? [\\p{L}]+\\))?");
    /** A row of rating stars: nothing but star glyphs. */
    private static final Pattern STARS = Pattern.compile("[★☆✩✪✫✬✭✮✯⭐\\s]{3,}");
    /** A question to the reader and its two buttons: "Was this helpful? Yes / No". */
    private static final Pattern POLL = Pattern.compile("(?i).{3,60}\\? (?:yes|👍)(?: ?[|/] ?| )(?:no|👎)");
    /** A clause that reports speech: a prompt quoted in a story ("..., the mayor said"). */
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|told|tells|according|asked"
            + "|urged|wrote|added)\\b");
    /**
     * The site states that it stores cookies: the site ("we", optionally "and our partners", "this
     * site", "our website") is the subject of "use cookies".
     */
    private static final Pattern COOKIE_STATEMENT = Pattern.compile("(?i)(?:we|we and our [\\p{L}-]+"
            + "|(?:this|our) (?:web)?site) uses? cookies\\b.*");
    /** A button closing a notice: one or two capitalised words after a separator ("..., Manage preferences"). */
    private static final Pattern CLOSING_BUTTON = Pattern.compile(".*(?:[.,|]| -) \\p{Lu}[\\p{L}']*(?: \\p{L}+)?[.!]?");
    /** A numeric date alone ("06/12/2025", "2025-12-06"), with an optional time: a page's date stamp. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})"
            + "|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})(?:,? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?)?");
    /**
     * Words that label a link on to another page of the site: what to read, watch or see next, what is
     * related, popular or picked. Written from the link labels of news sites (English), not from any
     * one site; a teaser's label is made only of them (and of {@link #DESK_WORDS}).
     */
    private static final Set<String> LINK_WORDS = Set.of("read", "reading", "next", "previous", "more", "related",
            "also", "see", "story", "stories", "article", "articles", "pick", "picks", "editor's", "editors'",
            "recommended", "suggested", "featured", "popular", "trending", "latest", "must", "don't", "miss",
            "continue", "coverage", "further", "watch", "listen", "up", "top");
    /** Names of a news site's desks and formats, which label a teaser for one of its stories ("Opinion | ..."). */
    private static final Set<String> DESK_WORDS = Set.of("opinion", "opinions", "analysis", "explainer",
            "explained", "editorial", "commentary", "column", "columns", "feature", "features", "review", "reviews",
            "podcast", "video", "videos", "photos", "gallery", "live", "sport", "sports", "business", "world",
            "politics", "culture", "science", "health", "tech", "technology", "travel", "lifestyle", "entertainment",
            "money", "markets", "climate", "education", "local", "national", "international", "news", "exclusive");
    /** Small words a label may hold besides its link or desk words ("Also on the site", "More of ..."). */
    private static final Set<String> LABEL_GLUE = Set.of("the", "of", "on", "to", "in", "this", "for", "you",
            "your", "our", "we", "from", "and", "&");
    /** The site's own channel named with a determiner: "our app", "your inbox", "the evening newsletter". */
    private static final Pattern OWN_PRODUCT = Pattern.compile("(?i)\\b(?:our|your)(?: [\\p{L}-]+){0,2}"
            + " (?:apps?|newsletters?|podcasts?|channel|inbox|e-?mails?|alerts|updates|briefing|digest|edition"
            + "|feed|bulletin)\\b|(?i)\\bthe(?: [\\p{L}-]+){0,2} (?:apps?|newsletters?|podcasts?|alerts|updates"
            + "|digest)\\b");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|\\bwww\\.\\S+|\\bbit\\.ly/\\S+");
    /** A paywall offer: a price for a period ("Only $4.99 per month", "£1 a week for 3 months"). */
    private static final Pattern OFFER = Pattern.compile("(?i).*(?:[$€£¥]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|£|euros?\\b"
            + "|dollars?\\b)).*(?:per|a|an|/|each|every)\\s?(?:month|mo|week|wk|year|yr|day)\\b.*");
    /**
     * A photo credit: a name and its agency joined by a slash ("Jane Doe/Reuters", "Screenshot/City Hall"),
     * a picture "via" or "for" a news organisation, or a line ending in a picture agency.
     */
    /**
     * What stands before a credit's slash, "via" or "for": a bullet, then only names and places, capitalised
     * ("Beijing Thomas Peter/Reuters", "Taipei, Taiwan Lam Yik Fei for The New York Times", "By Cctv, Via
     * AP") with their small particles. A lower-case word makes it a sentence or a label ("The following are
     * editor/IDEs that support Perl", "Perl extension for Version Objects").
     */
    private static final String CREDITED = "[^\\p{L}]*(?:(?:\\p{Lu}[\\p{L}'.-]*|de|da|del|der|van|von|dos|du|al|el|bin|and|&)"
            + "[,;]?\\s+)*";
    private static final Pattern CREDIT = Pattern.compile("(?:" + CREDITED + "\\p{Lu}[\\p{L}'.-]*\\p{Ll}/\\p{Lu}\\p{L}[^/]*"
            + "|" + CREDITED + "(?i:via) \\p{Lu}.*"
            + "|.*(?:Getty Images|Associated Press|Reuters|Agence France-Presse|AFP|EPA|Shutterstock|Alamy))");
    /**
     * A picture "for" a news organisation ("Lam Yik Fei for The New York Times"); the group is the credited
     * name, which the caller checks is a name: a headline has the same shape ("Advice for Heart Health").
     */
    private static final Pattern FOR_CREDIT = Pattern.compile("(" + CREDITED + "\\p{Lu}[\\p{L}'.-]*) for (?:The )?"
            + "\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,4}");
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
     * an address in angle brackets, heading underlines (also when a reflow glued them to the heading), Markdown's
     * link definitions ("[license]: https://…", which its links name) and images ("[![build](…)](…)"). A line with
     * any of them belongs to the document's structure.
     */
    private static final Pattern MARKUP = Pattern.compile("`|::|^\\.\\. |(?:^|\\s):[A-Za-z][\\w-]*:|^[+|]|^>>>"
            + "|<[^<>\\s]+@[^<>\\s]+>|\\*\\*|^#{1,6} |={3,}|~{3,}|\\^{3,}"
            + "|^ {0,3}\\[[^\\]]+\\]: ?<?\\S+>?(?: \"[^\"]*\")?$|!\\[[^\\]]*\\]\\(");

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
        return !text.isEmpty() && ACTION_INITIALS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0
                && CALL_TO_ACTION.matcher(text).matches() && ACTION_TARGET.matcher(text).find();
    }

    /** "our"/"your" within three words before a channel: "our daily email", "your inbox", "our app". */
    static boolean siteSpeaks(String text) {
        return SITE_SPEAKS.matcher(text).find();
    }

    /** "our app", "the morning newsletter": said of a prompt, the site names its own channel. */
    static boolean ownProduct(String text) {
        return OWN_PRODUCT.matcher(text).find();
    }

    static boolean url(String text) {
        // RE2 reads every character of a long line; without its literal parts no link can match
        return (text.contains("://") || containsIgnoreCase(text, "www.") || containsIgnoreCase(text, "bit.ly/"))
                && URL.matcher(text).find();
    }

    /**
     * The line's sentences without the links that close it: "Tails aims at anonymity. It uses Tor. →
     * https://tails.example" gives "Tails aims at anonymity. It uses Tor.". A reference book or a wiki puts
     * its sources after the paragraph so; a menu or a title line has no sentences before them. The line
     * itself when it does not end in a link.
     */
    static String beforeTrailingLinks(String text) {
        String[] tokens = text.split(" ");
        int keep = tokens.length;
        while (keep > 0 && (url(tokens[keep - 1]) || SEPARATOR_TOKENS.contains(tokens[keep - 1]))) {
            keep--;
        }
        if (keep == tokens.length || keep == 0) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(tokens, keep));
    }

    /** The line's last word is a link. */
    static boolean endsInUrl(String text) {
        int space = text.lastIndexOf(' ');
        return url(text.substring(space + 1));
    }

    static boolean offer(String text) {
        return hasAsciiDigit(text) && mayNamePeriod(text) && OFFER.matcher(text).matches();
    }

    static boolean credit(String text) {
        return CREDIT.matcher(text).matches();
    }

    /** The name of a credit "for" an organisation ("Lam Yik Fei" of "Lam Yik Fei for The New York Times"), or null. */
    static String forCreditName(String text) {
        com.google.re2j.Matcher m = FOR_CREDIT.matcher(text);
        return m.matches() ? m.group(1).replaceAll("^[^\\p{L}]+", "").strip() : null;
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
        return pageWords(words(text));
    }

    /** {@link #pageWords(String)} of the line's {@link #words}. */
    static int pageWords(String[] words) {
        int n = 0;
        for (String w : words) {
            n += PAGE_WORDS.contains(w) ? 1 : 0;
        }
        return n;
    }

    /** Six or more words, no English function word and at least two of another language's: a line in another language. */
    static boolean foreign(String text) {
        return foreign(words(text));
    }

    /** {@link #foreign(String)} of the line's {@link #words}. */
    static boolean foreign(String[] words) {
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

    /**
     * A line read as a label, its separator and what follows ("Related » A title"): {@code label} and
     * {@code separator} stripped, {@code rest} as written. The chrome cues read it twice (a label of chrome,
     * a teaser), so a line is matched against {@link #LEAD} once.
     */
    record Lead(String label, String separator, String rest) {
    }

    /** The line's {@link Lead}, or null when no label of at most 40 characters and a separator open it. */
    static Lead leadOf(String text) {
        if (!mayHoldLabelSeparator(text)) {
            return null;
        }
        var m = LEAD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String between = text.substring(m.start(1) + m.group(1).length(), m.start(2)).strip();
        return new Lead(m.group(1).strip(), between, m.group(2));
    }

    /** The label before the line's first label separator and what follows it, or null: "Related » A title". */
    static String[] lead(String text) {
        return lead(leadOf(text));
    }

    /** {@link #lead(String)} of a line already read ({@link #leadOf}). */
    static String[] lead(Lead parsed) {
        if (parsed == null) {
            return null;
        }
        int words = parsed.label().split(" ").length;
        return words <= 4 ? new String[] {parsed.label(), parsed.rest()} : null;
    }

    /**
     * The line is a row of the page's counters and nothing else: every item (cut at separators and commas)
     * is a count and at most two words, or two words and a count, and one of the words names a counter
     * ("1,923 reactions", "Shares: 8.3K • 5.4K Comments").
     */
    static boolean tally(String text) {
        if (!hasAsciiDigit(text)) {
            return false; // every item holds a count
        }
        boolean counter = false;
        int counted = 0;
        // item by item, not split all at once: a line of prose fails on its first item
        java.util.regex.Matcher separator = TALLY_SEPARATORS.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int to = separator.find() ? separator.start() : text.length();
            String item = text.substring(from, to);
            from = to == text.length() ? to + 1 : separator.end();
            String t = item.strip().replace(":", " ").strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] tokens = SPACES.split(t);
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
     * may carry the row's label ("Share on Messenger, Email, Print"). Half or more of the items figures
     * ("Leon T    5.35.5    2021-Oct-21"): a row of a table, which is content.
     */
    static boolean labelList(String text) {
        if (closesSentence(text)) {
            return false; // its last item would end a sentence
        }
        String body = ROW_LABEL.matcher(text).replaceFirst("");
        String[] items = ROW_SEPARATORS.split(body);
        if (items.length < 3) {
            return false; // capitalised words cut only by spaces are a title as often as a row of buttons
        }
        int n = 0;
        int figures = 0;
        for (int k = 0; k < items.length; k++) {
            String t = items[k].strip();
            if (t.isEmpty()) {
                continue;
            }
            figures += hasAsciiDigit(t) ? 1 : 0;
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
        // a row whose cells are mostly figures (versions, dates, amounts) is a table's data, not a menu's labels
        return n >= 3 && 2 * figures < n;
    }

    /**
     * An imperative addressed to the reader whose object is one of the site's channels ("Receive our
     * daily email", "Never miss the evening edition", "Stay informed with our app"): the line opens with a
     * bare verb (LanguageTool's tagger, after "please", "don't", "never"), is one short clause (no
     * sentence after it, no clause after a comma) and names a site product or a price for a period
     * ("Never miss a story for $1 a week"). No subject: a story's own
     * sentences have one, and a prompt a story quotes carries its reporting verb.
     */
    static boolean readerPrompt(String text) {
        return readerPrompt(text, words(text));
    }

    /** {@link #readerPrompt(String)} given the line's {@link #words}. */
    static boolean readerPrompt(String text, String[] w) {
        if (w.length < 2 || w.length > MAX_PROMPT_WORDS || REPORTING.matcher(text).find()
                || COMMA_BEFORE_SMALL_LETTER.matcher(text).matches() || sentenceEnds(text) > 1) {
            return false;
        }
        int k = 0;
        if (w[k].equals("please")) {
            k++;
        }
        if (w[k].equals("don't") || w[k].equals("dont") || w[k].equals("never")) {
            k++;
        } else if (w[k].equals("do") && w[k + 1].equals("not")) {
            k += 2;
        }
        // the verb runs on into its object: "Print | The paper edition ..." is a label and a title
        String[] tokens = text.split(" ");
        return k < w.length - 1 && k + 1 < tokens.length && Character.isLetterOrDigit(tokens[k + 1].codePointAt(0))
                && Imperatives.bareVerb(w[k]) && (SITE_PRODUCT.matcher(text).find() || offer(text));
    }

    private static final int MAX_PROMPT_WORDS = 12;

    /** Sentence ends (. ! ? then a space or the end) in the text. */
    private static int sentenceEnds(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                n++;
            }
        }
        return n;
    }

    /**
     * The site's notice that it stores cookies, not a story's sentence about cookies: the site is the
     * subject of "use cookies", no speech is reported, and the notice speaks to the reader (you, your,
     * our) or closes with its button ("..., Manage preferences", "... - OK").
     */
    static boolean cookieNotice(String text) {
        return cookieNotice(text, words(text));
    }

    /** {@link #cookieNotice(String)} given the line's {@link #words}. */
    static boolean cookieNotice(String text, String[] words) {
        if (!containsIgnoreCase(text, "cookie") || !COOKIE_STATEMENT.matcher(text).matches() || REPORTING.matcher(text).find()) {
            return false;
        }
        for (String word : words) {
            if (word.equals("you") || word.equals("your") || word.equals("our")) {
                return true;
            }
        }
        return CLOSING_BUTTON.matcher(text).matches();
    }

    /** The whole line is a numeric date, with an optional time. */
    static boolean numericDate(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9' && NUMERIC_DATE.matcher(t).matches();
    }

    /**
     * A teaser for another story: a label of link or desk words (at most four words, at least one of
     * them a link or desk word, besides small words such as "of" or "the"), a separator, then a headline (no closing full stop, comma or colon, at
     * most sixteen words). After a colon or a plain dash the label must name a link ("Read next: ...",
     * "Related story - ..."): a desk word with a colon is as often a subhead of the story ("Analysis:
     * ..."); with a pointer, bar or dash ("Opinion | ...", "EXPLAINER » ...", "Analysis — ...") or in
     * capitals before a colon it is a link.
     */
    static boolean teaser(String text) {
        return teaser(leadOf(text));
    }

    /** {@link #teaser(String)} of a line already read ({@link #leadOf}). */
    static boolean teaser(Lead parsed) {
        if (parsed == null) {
            return false;
        }
        String label = parsed.label();
        String rest = parsed.rest().strip();
        String between = parsed.separator();
        boolean pointer = between.equals("|") || between.equals("»") || between.equals("›") || between.equals(">>")
                || between.equals(">") || between.equals("→");
        String[] labelWords = words(label);
        if (labelWords.length > 4 || rest.isEmpty()) {
            return false;
        }
        int link = 0;
        int desk = 0;
        for (String w : labelWords) {
            if (LINK_WORDS.contains(w)) {
                link++;
            } else if (DESK_WORDS.contains(w)) {
                desk++;
            } else if (!LABEL_GLUE.contains(w)) {
                return false;
            }
        }
        // a desk word labels a link after a pointer, a bar or a dash ("ANALYSIS — A title"); after a colon only
        // as a kicker in capitals ("EXPLAINER: A title"): "Analysis: what the figures show" is a subhead
        boolean dash = between.equals("-") || between.equals("--");
        boolean kicker = label.length() >= 4 && label.equals(label.toUpperCase(Locale.ROOT));
        if (link == 0 && !(desk > 0 && (pointer || dash || kicker))) {
            return false;
        }
        char last = Block.lastSignificant(rest);
        int restWords = BlockSplitter.countWords(rest);
        return restWords >= 2 && restWords <= 16 && last != '.' && last != ',' && last != ';' && last != ':'
                && Character.isLetterOrDigit(rest.codePointAt(0));
    }

    /**
     * A widget of numbered links: pages ("1 2 3 … 9 Next ›") or stars to rate with ("Rate this: 1 2 3 4
     * 5"). The line holds a run of three or more consecutive whole numbers from 1, and besides them only
     * another number, ellipses, pointers and at most three words of label; no sentence ends in it.
     */
    static boolean numberedLinks(String text) {
        if (text.indexOf('1') < 0 || text.indexOf('2') < 0 || text.indexOf('3') < 0) {
            return false; // no run 1 2 3
        }
        String[] tokens = SPACES.split(text.replace(":", " ").strip());
        int expected = 1;
        int otherWords = 0;
        int lastPages = 0;
        boolean inRun = false;
        boolean runDone = false;
        for (String t : tokens) {
            if (PAGE_NUMBER.matcher(t).matches()) {
                int v = Integer.parseInt(t);
                if (!runDone && v == expected) {
                    expected++;
                    inRun = true;
                } else if (inRun && expected > 3 && ++lastPages == 1) {
                    runDone = true; // the last page after an ellipsis
                } else {
                    return false;
                }
            } else if (t.equals("…") || t.equals("...") || t.length() <= 2 && POINTERS_AND_BACK.contains(t)) {
                runDone |= inRun;
            } else if (t.chars().allMatch(Character::isLetter) || WORD_WITH_APOSTROPHE.matcher(t).matches()) {
                if (++otherWords > 3) {
                    return false;
                }
                runDone |= inRun;
            } else {
                return false;
            }
        }
        return expected > 3;
    }

    private static final Set<String> POINTERS_AND_BACK = Set.of("»", "›", ">", "→", "«", "‹", "<", "←", ">>", "<<");

    /** Three or more names of networks or share channels and nothing else (but "Share", "on", "this"). */
    static boolean shareRow(String text) {
        return shareRow(words(text));
    }

    /** {@link #shareRow(String)} of the line's {@link #words}. */
    static boolean shareRow(String[] w) {
        int targets = 0;
        for (String word : w) {
            if (!SHARE_TARGETS.contains(word)) {
                return false;
            }
            targets += word.equals("share") || word.equals("this") || word.equals("on") || word.equals("via") ? 0 : 1;
        }
        return targets >= 3;
    }

    /** A rating widget: a score on a scale, a row of stars, or a question with Yes and No buttons. */
    static boolean ratingWidget(String text) {
        String t = text.strip();
        // each pattern's literal parts first: RE2 reads the whole line before it fails
        return hasAsciiDigit(t) && (t.indexOf('/') >= 0 || t.contains(" out of ")) && RATING.matcher(t).matches()
                || t.length() >= 3 && STAR_GLYPHS.indexOf(t.codePointAt(0)) >= 0 && STARS.matcher(t).matches()
                || t.indexOf('?') >= 0 && POLL.matcher(t).matches();
    }

    private static final String STAR_GLYPHS = "★☆✩✪✫✬✭✮✯⭐";

    /** A character '0' to '9' ({@code \\d} of the patterns here). */
    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@link #OFFER}'s period, without its word boundary (RE2's is ASCII, java.util.regex's is not). */
    private static final java.util.regex.Pattern PERIOD =
            java.util.regex.Pattern.compile("(?:per|a|an|/|each|every)\\s?(?:mo|week|wk|year|yr|day)");

    /** {@link #OFFER}'s price for a period, read by a cheaper pattern first. */
    private static boolean mayNamePeriod(String text) {
        return PERIOD.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * One of {@link #LEAD}'s separators where its label of at most 40 characters (80 UTF-16 units) and
     * white space can end: a line of prose with a dash further on is no label and headline.
     */
    private static boolean mayHoldLabelSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (":|»›>→".indexOf(text.charAt(i)) >= 0 || text.startsWith(" - ", i) || text.startsWith(" -- ", i)) {
                int labelEnd = i;
                while (labelEnd > 0 && Character.isWhitespace(text.charAt(labelEnd - 1))) {
                    labelEnd--;
                }
                if (labelEnd <= 2 * LABEL_CHARS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #LEAD}'s longest label. */
    private static final int LABEL_CHARS = 40;

    /** The line's last character ends a sentence. */
    private static boolean closesSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Case-blind, as {@code (?i)} reads (the Kelvin sign as k included). */
    private static boolean containsIgnoreCase(String text, String lowerNeedle) {
        return text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    /** Lower-cased words without their punctuation. */
    static String[] words(String text) {
        // by hand, not a regex replace and split: it runs on every line of a document
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || isNumber(cp) || cp == '\'') {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out.isEmpty() ? new String[] {""} : out.toArray(new String[0]);
    }

    /** {@code \\p{N}}: a digit, a letter number or another number. */
    static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
