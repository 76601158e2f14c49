package org.copydesk.testing.inject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of page chrome put where pages put it: above the first paragraph (breadcrumbs, bylines,
 * dates, reading time, share rows), between paragraphs (photo credits, "Read more" links,
 * newsletter and app prompts) or below the last one (tags, copyright, navigation, ratings,
 * comment counts), as a paragraph of its own or as a line right next to the paragraph.
 *
 * <p>Each line is composed by a small grammar from parts (verb × object × channel, a lead and a
 * headline, a name and an agency), with random numbers, years, separators and capitalisation,
 * and with words taken from the document itself: names for credits and bylines, content words
 * for tags, another paragraph's words for a headline. So it is a family, not a list of the strings
 * copydesk's patterns know.
 */
public final class PageChrome implements DefectInjector {
    /** Capitalised words inside a sentence: names, places, institutions. */
    private static final Pattern INNER_CAPITAL = Pattern.compile("(?<=[\\p{Ll},;] )\\p{Lu}\\p{Ll}{2,15}\\b");
    private static final Pattern CONTENT_WORD = Pattern.compile("\\b\\p{Ll}{5,14}\\b");
    private static final List<String> FUNCTION = List.of("about", "there", "these", "those", "which", "would",
            "could", "should", "their", "other", "after", "before", "where", "while", "because", "every", "being");
    private static final String[] SECTIONS = {"Home", "News", "World", "Politics", "Nation", "Economy", "Business",
        "Opinion", "Local", "Region", "Government", "Analysis", "Features", "Health", "Science", "Education",
        "Elections", "Policy", "Markets", "Society"};
    private static final String[] SEPARATORS = {" › ", " » ", " / ", " | ", " > ", " · ", "»", " :: ", " - "};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] NETWORKS = {"Facebook", "Twitter", "X", "WhatsApp", "Email", "LinkedIn", "Reddit",
        "Telegram", "Print", "Copy link", "Pinterest", "Messenger", "Flipboard"};
    private static final String[] COUNTED = {"comments", "shares", "likes", "views", "reactions", "replies", "reads"};
    private static final String[] ORG_SUFFIX = {"Press", "News", "Images", "Photo", "Wire", "Media", "Times", "Post",
        "Herald", "Daily", "Tribune", "Agency"};

    @Override
    public String family() {
        return "chrome";
    }

    @Override
    public Optional<Injection> inject(String paragraph, Random random) {
        return inject(paragraph, new Place(1, 3, List.of(paragraph)), random);
    }

    @Override
    public Optional<Injection> inject(String paragraph, Place place, Random random) {
        Grammar g = new Grammar(paragraph, place, random);
        boolean above;
        List<Supplier<String>> kinds;
        if (place.top()) {
            above = true;
            kinds = List.of(g::breadcrumb, g::byline, g::dateLine, g::readingTime, g::counts, g::socialRow, g::cookie);
        } else if (place.bottom()) {
            above = false;
            kinds = List.of(g::tags, g::copyright, g::navigation, g::socialRow, g::counts, g::rating, g::prompt,
                    g::readMore, g::cookie);
        } else {
            above = random.nextBoolean();
            kinds = List.of(g::credit, g::credit, g::readMore, g::readMore, g::prompt, g::prompt, g::counts,
                    g::socialRow);
        }
        String line = kinds.get(random.nextInt(kinds.size())).get();
        String separator = random.nextInt(3) == 0 ? "\n" : "\n\n";
        return Optional.of(Injection.inserting(family(), paragraph, line, above, separator));
    }

    /** The parts one chrome line is made of, drawn from the paragraph and the source. */
    private static final class Grammar {
        private final Random random;
        private final List<String> names;
        private final List<String> words;
        private final Place place;

        Grammar(String paragraph, Place place, Random random) {
            this.random = random;
            this.place = place;
            this.names = distinct(INNER_CAPITAL.matcher(paragraph));
            this.words = distinct(CONTENT_WORD.matcher(paragraph)).stream().filter(w -> !FUNCTION.contains(w))
                    .toList();
        }

        private static List<String> distinct(Matcher m) {
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            while (m.find()) {
                seen.add(m.group());
            }
            return new ArrayList<>(seen);
        }

        private String one(String... options) {
            return options[random.nextInt(options.length)];
        }

        private boolean chance(int inN) {
            return random.nextInt(inN) == 0;
        }

        /** A capitalised word of the document, or a made-up one where it has none. */
        private String nameWord() {
            if (!names.isEmpty() && !chance(4)) {
                return names.get(random.nextInt(names.size()));
            }
            String[] onsets = {"B", "D", "K", "M", "R", "S", "T", "V", "L", "H", "Gr", "Br", "St"};
            String[] vowels = {"a", "e", "i", "o", "u", "ei", "ou"};
            String[] codas = {"n", "r", "l", "s", "ck", "nd", "rt", ""};
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                sb.append(i == 0 ? one(onsets) : one(onsets).toLowerCase(Locale.ROOT)).append(one(vowels));
            }
            return sb.append(one(codas)).toString();
        }

        private String person() {
            String first = nameWord();
            String last = nameWord();
            return chance(5) ? first.charAt(0) + ". " + last : first + " " + last;
        }

        private String organisation() {
            return chance(3) ? acronym() : nameWord() + " " + one(ORG_SUFFIX);
        }

        private String acronym() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                sb.append((char) ('A' + random.nextInt(26)));
            }
            return sb.toString();
        }

        private String word() {
            return words.isEmpty() ? nameWord().toLowerCase(Locale.ROOT) : words.get(random.nextInt(words.size()));
        }

        private String section() {
            String s = chance(3) && !names.isEmpty() ? nameWord() : one(SECTIONS);
            return chance(6) ? capitalised(word()) : s;
        }

        private String cased(String line) {
            int r = random.nextInt(8);
            return r == 0 ? line.toUpperCase(Locale.ROOT) : r == 1 ? line.toLowerCase(Locale.ROOT) : line;
        }

        private static String capitalised(String w) {
            return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        }

        private int year() {
            return 1998 + random.nextInt(29);
        }

        private String date() {
            String month = one(MONTHS);
            month = chance(3) ? month.substring(0, 3) + (chance(2) ? "." : "") : month;
            int day = 1 + random.nextInt(28);
            return switch (random.nextInt(4)) {
                case 0 -> month + " " + day + ", " + year();
                case 1 -> day + " " + month + " " + year();
                case 2 -> String.format(Locale.ROOT, "%04d-%02d-%02d", year(), 1 + random.nextInt(12), day);
                default -> String.format(Locale.ROOT, "%02d/%02d/%04d", 1 + random.nextInt(12), day, year());
            };
        }

        private String time() {
            return chance(2) ? String.format(Locale.ROOT, "%d:%02d %s", 1 + random.nextInt(12), random.nextInt(60),
                    one("am", "pm", "a.m.", "p.m.", "AM", "PM")) + one("", " ET", " GMT", " EST", " BST")
                    : String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60));
        }

        private String number() {
            return switch (random.nextInt(4)) {
                case 0 -> Integer.toString(random.nextInt(10));
                case 1 -> Integer.toString(10 + random.nextInt(990));
                case 2 -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90000));
                default -> String.format(Locale.ROOT, "%.1f%s", 1 + random.nextInt(90) / 10.0, one("K", "k", "M"));
            };
        }

        /** Headline-like run of another paragraph's words: a teaser for another story. */
        private String headline() {
            String other = place.source().get(random.nextInt(place.source().size()));
            String[] tokens = other.replaceAll("[\"“”()\\[\\]]", "").split("\\s+");
            int length = 4 + random.nextInt(7);
            int from = random.nextInt(Math.max(1, tokens.length - length));
            List<String> picked = new ArrayList<>();
            for (int i = from; i < Math.min(tokens.length, from + length); i++) {
                String t = tokens[i].replaceAll("[.,;:!?]+$", "");
                if (!t.isEmpty()) {
                    picked.add(t);
                }
                if (!t.equals(tokens[i]) && picked.size() >= 4) {
                    break; // a headline ends where its clause does
                }
            }
            boolean titleCase = chance(2);
            List<String> out = new ArrayList<>();
            for (String t : picked) {
                out.add(titleCase || out.isEmpty() ? capitalised(t) : t);
            }
            String h = String.join(" ", out);
            return h + (chance(6) ? "?" : "");
        }

        String breadcrumb() {
            String sep = one(SEPARATORS);
            List<String> items = new ArrayList<>();
            if (chance(2)) {
                items.add("Home");
            }
            while (items.size() < 2 + random.nextInt(3)) {
                String s = section();
                if (!items.contains(s)) {
                    items.add(s);
                }
            }
            return cased(String.join(sep, items));
        }

        String byline() {
            String name = person();
            return switch (random.nextInt(6)) {
                case 0 -> "By " + name;
                case 1 -> "BY " + name.toUpperCase(Locale.ROOT);
                case 2 -> name + one(" | ", " - ", " · ", ", ") + date();
                case 3 -> one("Posted by ", "Written by ", "Words by ", "Story by ") + name + one("", " on " + date());
                case 4 -> "By " + name + one(", ", " and ") + person();
                default -> name + ", " + one("Staff Writer", "Correspondent", "Political Editor", "Reporter",
                        "Contributor", "Senior Editor");
            };
        }

        String dateLine() {
            return switch (random.nextInt(5)) {
                case 0 -> one("Published ", "Updated ", "Posted ", "Last updated: ", "Published: ") + date();
                case 1 -> date() + one(" at ", " ", ", ", " | ") + time();
                case 2 -> one("Updated ", "UPDATED: ", "") + time() + ", " + date();
                case 3 -> one("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") + one(" ", ", ") + date();
                default -> date();
            };
        }

        String readingTime() {
            int minutes = 1 + random.nextInt(15);
            return switch (random.nextInt(4)) {
                case 0 -> minutes + one(" min read", " minute read", " mins read", "-minute read");
                case 1 -> one("Reading time: ", "Read time: ", "Time to read: ") + minutes + one(" minutes", " min");
                case 2 -> date() + one(" · ", " | ", " - ") + minutes + " min read";
                default -> minutes + " min read" + one(" · ", " | ") + number() + " " + one(COUNTED);
            };
        }

        String counts() {
            List<String> parts = new ArrayList<>();
            String sep = one(" · ", " | ", "  ", " • ", ", ");
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                String what = one(COUNTED);
                parts.add(switch (random.nextInt(3)) {
                    case 0 -> number() + " " + what;
                    case 1 -> capitalised(what) + one(": ", " ") + number();
                    default -> number() + " " + capitalised(what);
                });
            }
            return cased(String.join(sep, parts));
        }

        String socialRow() {
            List<String> picked = new ArrayList<>();
            while (picked.size() < 3 + random.nextInt(4)) {
                String n = one(NETWORKS);
                if (!picked.contains(n)) {
                    picked.add(n);
                }
            }
            String row = String.join(one(" ", " | ", " · ", ", ", " / ", "  "), picked);
            return one("", "", "Share: ", "Share this: ", "Share on ", "SHARE ") + row;
        }

        String credit() {
            String who = person();
            String org = organisation();
            return switch (random.nextInt(6)) {
                case 0 -> one("Photo: ", "Photograph: ", "Image: ", "Picture: ", "Pic: ", "Photo credit: ", "Credit: ")
                        + who + one("/", " / ") + org;
                case 1 -> "(" + one("Photo: ", "Image: ", "") + who + "/" + org + ")";
                case 2 -> one("Photo by ", "Image by ", "Photograph by ", "Photo courtesy of ") + who
                        + one(" for ", " / ", ", ") + org;
                case 3 -> who + "/" + org + one("", " via " + organisation());
                case 4 -> one("Photo: ", "Image: ") + org + (chance(2) ? "" : " / " + who);
                default -> one("Photo", "Image", "File photo") + one(": ", " - ") + who + " "
                        + (chance(2) ? "(" + org + ")" : "[" + org + "]");
            };
        }

        String readMore() {
            String lead = one("Read more", "See also", "Related", "Also read", "Read also", "More", "Related story",
                    "Recommended", "Don't miss", "Read next", "Editor's pick", "Watch", "Also on " + organisation(),
                    "Opinion", "Analysis", "Explainer", "Related coverage", "Must read", "Trending");
            String sep = one(": ", ": ", " - ", " » ", " | ", " — ", " >> ", " → ");
            return cased(lead) + sep + headline();
        }

        String prompt() {
            String verb = one("Sign up for", "Subscribe to", "Get", "Join", "Follow", "Never miss", "Stay informed with",
                    "Try", "Register for", "Don't miss", "Receive", "Sign up to");
            String object = one("our newsletter", "the morning briefing", "breaking news alerts", "our daily email",
                    "the " + section() + " newsletter", "our app", "the " + organisation() + " app", "updates",
                    "our weekly digest", "the evening edition", "news alerts", "our podcast", "our channel",
                    "the best of " + organisation(), "unlimited access");
            String channel = one("", " on WhatsApp", " in your inbox", " on Telegram", " for free", " on iOS and Android",
                    " here", " - it's free", " now", " today", ": enter your email", " for $" + (1 + random.nextInt(9))
                    + ".99 a month", " and get " + (10 + random.nextInt(80)) + "% off", " on " + one(NETWORKS));
            String end = one("", "", ".", "!", " »", " →", " >");
            return cased(verb + " " + object + channel + end);
        }

        String cookie() {
            return one("We use cookies", "This site uses cookies", "Our website uses cookies", "We and our partners use cookies")
                    + one(" to improve your experience", " to personalise content and ads", " for analytics",
                    " to give you the best experience") + one(". ", ", ", " - ")
                    + one("Accept", "OK", "Got it", "Learn more", "Accept all | Reject", "Manage preferences",
                    "By continuing you agree.", "See our privacy policy.");
        }

        String tags() {
            List<String> picked = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) {
                String w = chance(3) ? nameWord() : word();
                if (!picked.contains(w)) {
                    picked.add(chance(2) ? capitalised(w) : w);
                }
            }
            String head = one("Tags: ", "Topics: ", "Filed under: ", "Tagged ", "Keywords: ", "TAGS ", "More on: ", "");
            String sep = one(", ", " · ", " | ", " / ", " ", " • ");
            if (head.isEmpty() && (sep.equals(" ") || sep.equals(", "))) {
                return "#" + String.join(" #", picked); // without a label, words in a row are tags only as hashtags
            }
            return head + String.join(sep, picked);
        }

        String copyright() {
            String org = organisation();
            int year = year();
            String years = chance(3) ? year + one("-", "–") + (year + 1 + random.nextInt(20)) : Integer.toString(year);
            return switch (random.nextInt(5)) {
                case 0 -> "© " + years + " " + org + one(". All rights reserved.", "", ". All Rights Reserved", " Ltd.");
                case 1 -> one("Copyright ", "Copyright © ", "(c) ", "COPYRIGHT ") + years + " " + org;
                case 2 -> org + " © " + years;
                case 3 -> "© " + org + " " + years + one("", ". Terms | Privacy", " | Contact us");
                default -> one("All rights reserved", "All Rights Reserved") + " " + one("©", "") + years + " " + org;
            };
        }

        String navigation() {
            return switch (random.nextInt(6)) {
                case 0 -> one("Previous article", "Previous post", "« Previous", "← Older", "Prev", "Previous story")
                        + one(" | ", "  ", " / ", " · ") + one("Next article", "Next post", "Next »", "Newer →", "Next",
                        "Next story");
                case 1 -> one("Next: ", "Previous: ", "Next article: ", "Up next: ", "« ", "Next » ") + headline();
                case 2 -> "Page " + (1 + random.nextInt(3)) + " of " + (3 + random.nextInt(8));
                case 3 -> "1 2 3" + one(" 4", " … 9", "") + one(" Next ›", " »", " Next", " >");
                case 4 -> one("Back to top", "Load more", "Show comments", "View comments", "More stories",
                        "Return to homepage", "Back to " + section()) + one("", " ↑", " »", " (" + number() + ")");
                default -> String.join(one(" | ", " · ", " / "), one("About us", "About"), one("Contact", "Contact us"),
                        one("Privacy", "Privacy policy"), one("Terms", "Terms of use")) + one("", " | Advertise");
            };
        }

        String rating() {
            double stars = 1 + random.nextInt(9) / 2.0;
            return switch (random.nextInt(5)) {
                case 0 -> one("Rating: ", "Rated ", "Our rating: ", "Score: ") + stars + one("/5", " out of 5", "/10");
                case 1 -> "★".repeat((int) stars) + "☆".repeat(5 - (int) stars);
                case 2 -> stars + " out of 5 stars (" + number() + one(" ratings)", " reviews)", " votes)");
                case 3 -> one("Rate this article: ", "Rate this: ", "Your rating: ") + "1 2 3 4 5";
                default -> one("Was this article helpful?", "Did you find this useful?", "Was this helpful?")
                        + one(" Yes No", " Yes / No", " 👍 👎", " Yes | No");
            };
        }
    }
}
