package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.copydesk.text.Columns;
import org.copydesk.text.LineKind;

/**
 * Page chrome that no pattern row names, told by a score over the line's cues
 * ({@link LineCues}), its shape ({@link LineFeatures}) and its place relative
 * to the story's prose. Real chrome is too varied for a list (every site words
 * its section labels, offers and credits its own way), but its shapes repeat:
 * items cut by separators, an imperative with a link, a price for a period, a
 * name with an agency after a slash, a line in another language, a line that
 * recurs across the files of a site.
 *
 * <p>Hand-set weights, in points (see docs/blocks.md for the table and why):
 * cues of chrome add 1 to 3 points, the shape of prose and a place inside the
 * story take points away. At {@value #REMOVE_AT} points a line is removed, at
 * {@value #REPORT_AT} it is only reported: precision first. The reason lists
 * every feature that counted, with its points.
 *
 * <p>Lines the classifier never looks at: code and preformatted text, quotations,
 * lines of a hard-wrapped paragraph, table rows, lines introduced by a colon,
 * lines a pattern row already decided, and any text without a paragraph of prose
 * (with no story there is no "above" or "below" it).
 */
final class ChromeLineClassifier {
    static final double REMOVE_AT = 3.0;
    static final double REPORT_AT = 2.0;
    static final String RULE = "CHROME_LINE";

    // chrome cues
    static final double MENU_SEPARATORS = 2.0;   // two or more: a menu or breadcrumb, never prose
    static final double TITLE_SEPARATOR = 2.0;   // one, on the first line: "Story title « Site name"
    static final double SECTION_POINTER = 2.0;   // "World »": a link on to a section
    static final double CALL_TO_ACTION = 2.5;    // an imperative about the site with its object
    static final double LINK = 1.0;              // a URL in a line that is not prose
    static final double OFFER = 3.0;             // a price for a period: a paywall or subscription offer
    static final double CREDIT = 2.0;            // Name/Agency, via X, for The Y
    static final double PICTURE_CREDIT = 3.5;    // "Image - Jane Doe (Agency)": a picture word, then only names
    static final double CHROME_RUN = 1.0;        // right next to another chrome line (a box of links, of credits)
    static final double BYLINE = 2.0;            // "Text by-Name", "Author(s): Name"
    static final double NAME_ONLY = 1.5;         // a person's name alone: a byline without "By"
    static final double HEADLINE_ECHO = 1.5;     // a short line made only of the headline's words: a tag
    static final double REPEATED = 1.0;          // the same text as the line above it
    static final double TRANSLATION_NOTE = 2.0;  // "Original in Spanish", "Translated from French"
    static final double PAGE_WORDS = 1.5;        // half its words name parts of a page (post, menu, comments)
    static final double SOME_PAGE_WORD = 0.5;
    static final double FOREIGN = 2.0;           // another language's line on an English page
    static final double TEMPLATE = 2.5;          // recurs in files of the same tree (batch); needs one more cue
    static final double LED_BY_CHROME = 4.5;     // "Don't miss | A title": a label a row removes, then what it labels
    static final double TALLY = 3.5;             // only the page's counters: "1,923 reactions · 12 comments"
    static final double ITEM_ROW = 1.5;          // three or more one- or two-word items: buttons, tags
    static final double SITE_SPEAKS = 1.0;       // "our app", "your inbox": the site addressing its reader
    static final double POINTER = 1.0;           // closes with » › → >: a link on to another page
    static final double REPEATED_LABEL = 1.0;    // a short line that already scores, printed again in the document
    static final double SHORT_LABEL = 1.0;       // five words or fewer, no closing punctuation
    static final double OUTSIDE_STORY = 1.0;     // above the first or below the last paragraph of prose
    static final double READER_PROMPT = 3.5;     // an imperative to the reader with the site's channel as object
    static final double SHARE_ROW = 1.5;         // three or more network names and nothing else: share buttons
    static final double RATING_WIDGET = 3.0;     // "Rated 4 out of 5", "★★☆☆☆", "Was this helpful? Yes / No"
    static final double TEASER = 3.5;            // "Read next: A title", "Opinion | A title": a link to another story
    static final double NUMBERED_LINKS = 3.0;    // "1 2 3 … 9 Next", "Rate this: 1 2 3 4 5": pages or stars
    static final double DATE_STAMP = 2.0;        // a numeric date alone above the story: the page's date stamp
    static final double COOKIE_NOTICE = 3.5;     // the site says it uses cookies, to the reader or with a button
    // body cues
    static final double INSIDE_STORY = -1.5;     // between paragraphs of prose: chrome is rarer, damage worse
    static final double INSIDE_MARKED = -0.5;    // the same, for a line with a mark no subhead or body line has
    /** Share of English function words from which a sentence-shaped line reads as running prose. */
    static final double PROSE_FUNCTION_SHARE = 0.2;
    /** Words of sentences before closing links from which they are a paragraph, not a teaser's line. */
    static final int MIN_LINKED_PROSE_WORDS = 12;
    /**
     * Starts like a sentence, and ends one or introduces the links ("... is explained here:"), or holds a
     * whole sentence before its last words ("... Shell. They install with the meta-packages"): what stands
     * before a paragraph's closing links.
     */
    private static final java.util.regex.Pattern SENTENCES_BEFORE_LINKS =
            java.util.regex.Pattern.compile("[\\p{Lu}\\d\"“].*(?:[.!?:][\"”’)]?|[.!?][\"”’)]? [\\p{Lu}\"“].*)");
    static final double PROSE = -3.0;            // a sentence with the function words of running prose
    static final double FULL_STOP = -1.0;        // closes like a sentence or a caption
    static final double HEADS_CONTENT = -1.5;
    static final double INTRODUCES = -2.0;       // an order whose words the next paragraph takes up: a how-to subhead    // below the story, right above a list or prose: a heading

    private static final int SHORT_WORDS = 5;
    private static final int CREDIT_WORDS = 12;
    private static final int BYLINE_WORDS = 8;
    private static final int MIN_HEADLINE_WORDS = 4;

    private final MetadataReader reader;
    private final Predicate<String> chromeLabel;
    private final BiPredicate<String, String> chromeWithColon;

    /**
     * {@code chromeLabel}: a pattern row removes this text as a line of its own ("Related", "Share");
     * {@code chromeWithColon}: a row removes the label and the rest joined by a colon ("Watch: A title").
     */
    ChromeLineClassifier(MetadataReader reader, Predicate<String> chromeLabel,
                         BiPredicate<String, String> chromeWithColon) {
        this.reader = reader;
        this.chromeLabel = chromeLabel;
        this.chromeWithColon = chromeWithColon;
    }

    /** One feature that counted, with its points. */
    record Evidence(String feature, double points) {
        @Override
        public String toString() {
            return feature + String.format(Locale.ROOT, " %+.1f", points);
        }
    }

    /** Fills the empty verdicts of lines that score as chrome (removed) or nearly (reported). */
    void mark(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext, boolean[] code, TemplateLines templates) {
        int n = blocks.size();
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < n; i++) {
            if (kept(verdicts, i) && !code[i] && blocks.get(i).sentence()) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        if (firstProse < 0) {
            return;
        }
        LineFeatures[] features = LineFeatures.of(blocks, code);
        int firstKept = -1;
        for (int i = 0; i < n && firstKept < 0; i++) {
            firstKept = kept(verdicts, i) ? i : -1;
        }
        List<List<Evidence>> scored = new ArrayList<>();
        double[] points = new double[n];
        for (int i = 0; i < n; i++) {
            List<Evidence> evidence = verdicts[i] != null || !candidate(blocks, verdicts, joinsNext, code, i)
                    ? List.of() : score(blocks, features, verdicts, i, firstProse, lastProse, firstKept, templates);
            scored.add(evidence);
            points[i] = evidence.stream().mapToDouble(Evidence::points).sum();
        }
        Map<String, Integer> labels = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (points[i] >= REPORT_AT && shortLabel(blocks.get(i))) {
                labels.merge(blocks.get(i).text().strip(), 1, Integer::sum);
            }
        }
        Verdict[] found = new Verdict[n];
        for (int i = 0; i < n; i++) {
            List<Evidence> evidence = new ArrayList<>(scored.get(i));
            if (evidence.isEmpty()) {
                continue;
            }
            // chrome comes in runs (a box of links, a gallery's credits): a neighbour that is chrome too counts
            if (points[i] >= REPORT_AT && (chromeNeighbour(blocks, verdicts, points, i, i - 1)
                    || chromeNeighbour(blocks, verdicts, points, i, i + 1))) {
                evidence.add(new Evidence("among chrome lines", CHROME_RUN));
            }
            // a page's template prints its labels once per item ("News »" above every teaser of a listing)
            int uses = points[i] >= REPORT_AT && shortLabel(blocks.get(i))
                    ? labels.getOrDefault(blocks.get(i).text().strip(), 0) : 0;
            if (uses >= 2) {
                evidence.add(new Evidence("the same label " + uses + " times in the document", REPEATED_LABEL));
            }
            double total = evidence.stream().mapToDouble(Evidence::points).sum();
            if (total >= REPORT_AT) {
                found[i] = new Verdict("boilerplate", RULE, confidence(total),
                        String.format(Locale.ROOT, "chrome score %.1f (removed from %.1f, reported from %.1f): %s",
                                total, REMOVE_AT, REPORT_AT, evidence), Map.of());
            }
        }
        // decided together, so one line's verdict does not move the story's edges for the next
        for (int i = 0; i < n; i++) {
            if (found[i] != null) {
                verdicts[i] = found[i];
            }
        }
    }

    private static boolean shortLabel(Block b) {
        return b.words() <= SHORT_WORDS && !b.terminal();
    }

    /** 0.75 (the default apply threshold) at {@link #REMOVE_AT}, up to 0.9; below it 0.6 to 0.7: a finding. */
    static double confidence(double points) {
        if (points >= REMOVE_AT) {
            return Math.min(0.9, 0.75 + 0.05 * (points - REMOVE_AT));
        }
        return 0.6 + 0.1 * (points - REPORT_AT) / (REMOVE_AT - REPORT_AT);
    }

    /** Line {@code j} is right next to line {@code i} (no blank between) and is chrome by a row or by its own score. */
    private static boolean chromeNeighbour(List<Block> blocks, Verdict[] verdicts, double[] points, int i, int j) {
        if (j < 0 || j >= blocks.size() || Math.abs(blocks.get(j).lineNo() - blocks.get(i).lineNo()) != 1) {
            return false;
        }
        return verdicts[j] != null && verdicts[j].removes() || points[j] >= REPORT_AT;
    }

    private static boolean kept(Verdict[] verdicts, int i) {
        return verdicts[i] == null || !verdicts[i].removes();
    }

    private static boolean candidate(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext, boolean[] code,
                                     int i) {
        Block b = blocks.get(i);
        // a call to action that ends in its link is a line of its own, however long its neighbours
        boolean ownLine = LineCues.callToAction(b.text()) && LineCues.endsInUrl(b.text());
        boolean wrapped = !ownLine && (joinsNext[i] || i > 0 && joinsNext[i - 1]);
        if (code[i] || wrapped || b.quotation() || tableRow(blocks, i) || b.words() == 0
                || LineCues.markup(b.raw())) {
            return false;
        }
        if (i + 1 < blocks.size() && blocks.get(i + 1).lineNo() == b.lineNo() + 1
                && LineCues.underline(blocks.get(i + 1).raw())) {
            return false; // an underlined line is a heading of the document
        }
        if (i > 0 && kept(verdicts, i - 1)) {
            Block above = blocks.get(i - 1);
            // "Download the installer here:" and a link, "GNU Emacs" and its address: what the line above introduces
            return !ContentContext.introduces(above, b, verdicts[i - 1] != null);
        }
        return true;
    }

    /**
     * A row of a table: a line cut into cells with another such line next to it, of the analysis' table
     * kind, with as many bars, or with a gap lined up with one of its own ({@link Columns}; one line alone
     * is no table: a row of counters or buttons).
     */
    private static boolean tableRow(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        long bars = b.text().chars().filter(c -> c == '|').count();
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j >= 0 && j < blocks.size() && Math.abs(blocks.get(j).lineNo() - b.lineNo()) == 1) {
                Block next = blocks.get(j);
                boolean bothTable = b.kind() == LineKind.TABLE_ROW && next.kind() == LineKind.TABLE_ROW;
                if (bothTable || bars > 0 && next.text().chars().filter(c -> c == '|').count() == bars
                        || b.indent() == next.indent() && Columns.shareAGap(b.raw(), next.raw())) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Evidence> score(List<Block> blocks, LineFeatures[] features, Verdict[] verdicts, int i, int firstProse,
                         int lastProse, int firstKept, TemplateLines templates) {
        Block b = blocks.get(i);
        LineFeatures f = features[i];
        String text = b.text();
        String[] words = LineCues.words(text); // once: several cues read them
        List<Evidence> out = new ArrayList<>();
        // sentences, then the links to their sources ("... codecs. → https://linuxmint.com/"): a paragraph of
        // prose; the arrows before the links are no menu's separators
        String body = LineCues.beforeTrailingLinks(text);
        boolean linkedProse = body.length() < text.length() && SENTENCES_BEFORE_LINKS.matcher(body).matches()
                && f.functionWordShare() >= PROSE_FUNCTION_SHARE && LineCues.words(body).length >= MIN_LINKED_PROSE_WORDS;
        int separators = LineCues.standaloneSeparators(linkedProse ? body : text);
        if (separators >= 2) {
            out.add(new Evidence("separators", MENU_SEPARATORS));
        } else if (separators == 1 && i == firstKept && !b.sentence() && !linkedProse) {
            out.add(new Evidence("title and site name", TITLE_SEPARATOR));
        }
        if (LineCues.trailingPointer(b)) {
            out.add(new Evidence("section pointer", SECTION_POINTER));
        }
        // an order to the reader about the site's channels, or the site's cookie notice: shaped like a
        // sentence, but no sentence of the story (no subject, no reported speech)
        // an item of a list ("• Sign up for the council's flood alerts") is advice the story gives
        boolean prompt = !b.listOrTable() && LineCues.readerPrompt(text, words);
        boolean notice = LineCues.cookieNotice(text, words);
        // nor is a link label and the headline it leads to, even a headline that asks a question
        LineCues.Lead parsedLead = LineCues.leadOf(text); // read once: a teaser and a chrome label both start so
        boolean teaser = i > firstProse && LineCues.teaser(parsedLead);
        boolean prose = (f.sentenceShape() || linkedProse) && f.functionWordShare() >= PROSE_FUNCTION_SHARE
                && !prompt && !notice && !teaser;
        boolean action = LineCues.callToAction(text) || prompt;
        if (prompt) {
            out.add(new Evidence("an order to the reader about the site's channels", READER_PROMPT));
            if (introducesNext(blocks, verdicts, i)) {
                out.add(new Evidence("shares its words with the paragraph below: a subhead", INTRODUCES));
            }
        } else if (LineCues.callToAction(text)) {
            out.add(new Evidence("call to action", CALL_TO_ACTION));
        }
        if (LineCues.shareRow(words)) {
            out.add(new Evidence("a row of network names", SHARE_ROW));
        }
        // a score next to a person's name is a player's or a critic's rating: content of the story
        boolean rating = LineCues.ratingWidget(text) && !reader.hasKnownName(text.replace(":", " "));
        if (rating) {
            out.add(new Evidence("a rating widget", RATING_WIDGET));
        }
        if (notice) {
            out.add(new Evidence("the site's cookie notice", COOKIE_NOTICE));
        }
        // a teaser for another story stands inside or below it; above it, "Opinion | A title" is the headline
        if (teaser) {
            out.add(new Evidence("a link label and a headline", TEASER));
        }
        boolean numbered = LineCues.numberedLinks(text);
        if (numbered) {
            out.add(new Evidence("a row of numbered links", NUMBERED_LINKS));
        }
        if (i < firstProse && LineCues.numericDate(text) && !datesInStory(blocks, firstProse)) {
            out.add(new Evidence("a date alone above the story", DATE_STAMP));
        }
        if (LineCues.url(text) && !prose) {
            out.add(new Evidence("link", LINK));
        }
        if (LineCues.offer(text)) {
            out.add(new Evidence("price for a period", OFFER));
        }
        boolean closes = Block.lastSignificant(text) == '.';
        String creditedFor = LineCues.forCreditName(text);
        if (b.words() <= CREDIT_WORDS && !closes && (LineCues.credit(text)
                || creditedFor != null && reader.holdsName(creditedFor))) {
            out.add(new Evidence("photo credit", CREDIT));
        }
        if (b.words() <= CREDIT_WORDS && !closes && LineCues.pictureCredit(text)) {
            out.add(new Evidence("a picture word and a name", PICTURE_CREDIT));
        }
        if (b.words() <= BYLINE_WORDS && LineCues.byline(text)) {
            out.add(new Evidence("byline", BYLINE));
        } else if (i < firstProse && nameOnly(b)) { // a byline stands above the story; below it, a signature
            out.add(new Evidence("a name alone", NAME_ONLY));
        }
        if (i < firstProse && b.words() <= SHORT_WORDS && echoesHeadline(blocks, features, i, firstProse)) {
            out.add(new Evidence("words of the headline", HEADLINE_ECHO));
        }
        if (i > 0 && blocks.get(i - 1).text().equals(text)) {
            out.add(new Evidence("repeats the line above", REPEATED));
        }
        // marks of a link or a widget: a subhead or a body line carries none of them
        String[] lead = LineCues.lead(parsedLead);
        boolean ledByChrome = lead != null && (chromeLabel.test(lead[0]) || chromeWithColon.test(lead[0], lead[1]));
        if (ledByChrome) {
            out.add(new Evidence("led by the chrome label '" + lead[0] + "'", LED_BY_CHROME));
        }
        boolean tally = LineCues.tally(b.raw());
        if (tally) {
            out.add(new Evidence("a row of counters", TALLY));
        }
        if (LineCues.labelList(b.raw())) {
            out.add(new Evidence("a row of short items", ITEM_ROW));
        }
        boolean pointer = LineCues.closesWithPointer(b.raw()) && !LineCues.trailingPointer(b);
        if (pointer) {
            out.add(new Evidence("closes with a pointer", POINTER));
        }
        if (action && (LineCues.siteSpeaks(text) || prompt && LineCues.ownProduct(text))) {
            out.add(new Evidence("the site's own offer (our/your and a channel)", SITE_SPEAKS));
        }
        // a call to action about the site is not a line of the story: prose shape (below) still keeps a sentence
        boolean pictureCredit = b.words() <= CREDIT_WORDS && !closes && LineCues.pictureCredit(text);
        boolean marked = separators > 0 || pointer || tally || action || notice || teaser || numbered || rating
                || pictureCredit
                || LineCues.bracketed(b.raw());
        if (b.words() <= CREDIT_WORDS && LineCues.translationNote(text)) {
            out.add(new Evidence("translation note", TRANSLATION_NOTE));
        }
        int pageWords = LineCues.pageWords(words);
        if (pageWords > 0) {
            out.add(2 * pageWords >= b.words() ? new Evidence("page words", PAGE_WORDS)
                    : new Evidence("a page word", SOME_PAGE_WORD));
        }
        if (LineCues.foreign(words)) {
            out.add(new Evidence("another language", FOREIGN));
        }
        if (templates.contains(text)) {
            out.add(new Evidence("recurs in " + templates.files(text) + " files of the tree", TEMPLATE));
        }
        if (out.isEmpty()) {
            return out; // place and shape alone never make a line chrome
        }
        if (b.words() <= SHORT_WORDS && !b.terminal()) {
            out.add(new Evidence("short label", SHORT_LABEL));
        }
        if (i < firstProse) {
            out.add(new Evidence("above the story", OUTSIDE_STORY));
        } else if (i > lastProse) {
            out.add(new Evidence("below the story", OUTSIDE_STORY));
            if (headsContent(blocks, verdicts, i)) {
                out.add(new Evidence("heads the lines below", HEADS_CONTENT));
            }
        } else {
            out.add(marked ? new Evidence("inside the story, with a mark of a link", INSIDE_MARKED)
                    : new Evidence("inside the story", INSIDE_STORY));
        }
        if (prose) {
            out.add(new Evidence("prose", PROSE));
        }
        if (closes && !prompt && !notice) {
            out.add(new Evidence("full stop", FULL_STOP));
        }
        return out;
    }

    /**
     * A numeric date stands alone somewhere in the story too: the document is a timeline or a diary,
     * whose dates are headings, so its first date is one as well.
     */
    private static boolean datesInStory(List<Block> blocks, int firstProse) {
        for (int j = firstProse + 1; j < blocks.size(); j++) {
            if (LineCues.numericDate(blocks.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words that read as a person's name, one of them a known name. */
    private boolean nameOnly(Block b) {
        String[] tokens = b.text().split(" ");
        if (tokens.length < 2 || tokens.length > 4 || b.terminal()) {
            return false;
        }
        for (String t : tokens) {
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
        }
        return reader.looksLikeName(b.text()) && reader.hasKnownName(b.text());
    }

    /** Every word of the line (three letters or more) is in a title-cased headline above the story: a tag or label. */
    private static boolean echoesHeadline(List<Block> blocks, LineFeatures[] features, int i, int firstProse) {
        Set<String> own = new HashSet<>(Arrays.asList(LineCues.words(blocks.get(i).text())));
        if (own.stream().noneMatch(w -> w.length() >= 3)) {
            return false;
        }
        for (int j = 0; j < firstProse; j++) {
            Block h = blocks.get(j);
            // a headline is title-cased; a lower-case line above the story is a wrapped abstract, not one
            if (j != i && h.words() >= MIN_HEADLINE_WORDS && h.titleLike() && features[j].capitalisedShare() >= 0.5
                    && !LineCues.markup(h.raw())) {
                Set<String> headline = new HashSet<>(Arrays.asList(LineCues.words(h.text())));
                if (own.stream().filter(w -> w.length() >= 3).allMatch(headline::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The next line is a kept paragraph of prose that takes up two or more of this line's content words
     * (five letters or more, besides the site's channel words): "Sign up for flood alerts" over a paragraph
     * on the county's flood alerts is the story's subhead, not the site's promotion.
     */
    private static boolean introducesNext(List<Block> blocks, Verdict[] verdicts, int i) {
        if (i + 1 >= blocks.size() || !kept(verdicts, i + 1) || !blocks.get(i + 1).sentence()) {
            return false;
        }
        Set<String> next = new HashSet<>(Arrays.asList(LineCues.words(blocks.get(i + 1).text())));
        int shared = 0;
        for (String w : new HashSet<>(Arrays.asList(LineCues.words(blocks.get(i).text())))) {
            shared += w.length() >= 5 && next.contains(w) ? 1 : 0;
        }
        return shared >= 2;
    }

    /** Below the story, the next line is kept and is prose or a list item: this line is its heading. */
    private static boolean headsContent(List<Block> blocks, Verdict[] verdicts, int i) {
        if (i + 1 >= blocks.size() || !kept(verdicts, i + 1)) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return next.sentence() || next.listOrTable();
    }
}
