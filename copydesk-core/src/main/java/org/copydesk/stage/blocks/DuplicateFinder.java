package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.text.LineKind;

/**
 * Scraped units printed twice. A repeat alone is no evidence: a tutorial prints
 * the same output twice, a table of contents repeats the headings, a character
 * says a line twice, an author cites a quotation twice. So a block goes only
 * with evidence that a scraper copied it:
 * <ul>
 * <li><b>pasted paragraph</b> (DUPLICATE_BLOCK): the exact words of a substantial paragraph
 *     (long, or several sentences) again a few blocks later, with no section heading between
 *     the copies; the later copy goes;</li>
 * <li><b>headline or lead repeated at the top</b> (DUPLICATE_BLOCK): the first lines of the story
 *     printed again right below (a teaser card above the article), the copy still near the top;</li>
 * <li><b>cut teaser</b> (DUPLICATE_TEASER): the opening words of a paragraph, cut off, at the top
 *     of the story or right next to the whole paragraph; the cut copy goes.</li>
 * </ul>
 * Code and preformatted lines, list items, table rows, headings in a list, quotations and
 * dialogue are never candidates. Words are compared, not characters, so quote style and
 * spacing do not matter.
 */
final class DuplicateFinder {
    /** Shorter lines ("Yes.", a name, "More") are repeated legitimately all the time. */
    private static final int MIN_WORDS = 5;
    /** A paragraph this long repeated word for word is a pasted copy, not a refrain. */
    private static final int LONG_PARAGRAPH_WORDS = 25;
    /** ... or one of several sentences from this length on. */
    private static final int SENTENCES_PARAGRAPH_WORDS = 15;
    /** A pasted copy follows its original within this many blocks; further on, a repeat is the author's. */
    private static final int NEAR_BLOCKS = 12;
    /** The headline and lead are among the first kept blocks of the story... */
    private static final int HEADLINE_RANK = 3;
    /** ... and a teaser card's copy of them is still near the top. */
    private static final int TOP_RANK = 8;
    /** A prose lead repeated at the top has at least this many words (a headline needs MIN_WORDS). */
    private static final int LEAD_WORDS = 10;
    /** A teaser must carry at least this many words of the paragraph it cuts. */
    private static final int MIN_TEASER_WORDS = 8;
    /** Words a dateline may put before the text its teaser starts with ("LISBON, May 2 (Lusa) -"). */
    private static final int MAX_DATELINE_WORDS = 8;
    /** A teaser ending in a full stop is only trusted when it is this long. */
    private static final int LONG_TEASER_WORDS = 15;
    /** A teaser away from the top must stand this close to its whole paragraph. */
    private static final int TEASER_NEAR_BLOCKS = 2;
    /** A section heading is a short line. */
    private static final int HEADING_WORDS = 12;

    void mark(List<Block> blocks, Verdict[] verdicts, boolean[] joinsNext, boolean[] code) {
        int n = blocks.size();
        int[] rank = keptRanks(verdicts);
        List<List<String>> words = new ArrayList<>(n);
        Map<String, Integer> firstCopy = new HashMap<>();
        Map<String, List<int[]>> byOpening = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean candidate = (verdicts[i] == null || !verdicts[i].removes() || verdicts[i].label().equals("caption"))
                    && !wrapped(joinsNext, i) && eligible(blocks.get(i), code[i]);
            List<String> w = candidate ? words(blocks.get(i).text()) : List.of();
            words.add(w);
            // a whole paragraph may open with a dateline its teaser lacks, so index a few starting words
            for (int offset = 0; offset <= MAX_DATELINE_WORDS && offset + MIN_TEASER_WORDS <= w.size(); offset++) {
                byOpening.computeIfAbsent(String.join(" ", w.subList(offset, offset + MIN_TEASER_WORDS)),
                        k -> new ArrayList<>()).add(new int[] {i, offset});
            }
        }
        for (int i = 0; i < n; i++) {
            List<String> w = words.get(i);
            if (w.size() < MIN_WORDS) {
                continue;
            }
            Integer first = firstCopy.putIfAbsent(String.join(" ", w), i);
            if (first == null) {
                continue;
            }
            String evidence = pastedParagraph(blocks, verdicts, first, i);
            double confidence = 0.95;
            if (evidence == null) {
                evidence = repeatedAtTop(blocks, verdicts, rank, first, i);
                confidence = 0.9;
            }
            if (evidence != null) {
                verdicts[i] = new Verdict(Verdict.DUPLICATE, "DUPLICATE_BLOCK", confidence, evidence, Map.of());
            }
        }
        for (int i = 0; i < n; i++) {
            if (!words.get(i).isEmpty() && (verdicts[i] == null || !verdicts[i].removes())) {
                captionRepeating(blocks, words, i).ifPresent(v -> verdicts[v.index()] = v.verdict());
            }
        }
        for (List<int[]> group : byOpening.values()) {
            for (int[] a : group) {
                if (a[1] != 0 || verdicts[a[0]] != null && verdicts[a[0]].removes()) {
                    continue;
                }
                for (int[] b : group) {
                    if (b[0] != a[0] && contains(words.get(b[0]), b[1], words.get(a[0]))
                            && markTeaser(blocks.get(a[0]), blocks.get(b[0]), rank[a[0]], words.get(a[0]).size(),
                            verdicts)) {
                        break;
                    }
                }
            }
        }
    }

    private record Marked(int index, Verdict verdict) {
    }

    /**
     * A picture's caption that repeats a paragraph near it word for word and ends in the picture's credit in
     * brackets ("The governor … in the Brazilian states. (Photo internet reproduction)"): sites print the
     * lead again under the lead picture. Both the copy and the credit say it is no paragraph of the story.
     */
    private static Optional<Marked> captionRepeating(List<Block> blocks, List<List<String>> words, int i) {
        String text = blocks.get(i).text();
        Matcher credit = CREDIT_TAIL.matcher(text);
        if (!credit.find()) {
            return Optional.empty();
        }
        List<String> caption = words(text.substring(0, credit.start()));
        if (caption.size() < MIN_TEASER_WORDS) {
            return Optional.empty();
        }
        for (int j = Math.max(0, i - NEAR_BLOCKS); j < Math.min(blocks.size(), i + NEAR_BLOCKS + 1); j++) {
            List<String> w = words.get(j);
            int offset = w.size() - caption.size();
            if (j != i && offset >= 0 && offset <= MAX_DATELINE_WORDS && w.subList(offset, w.size()).equals(caption)) {
                return Optional.of(new Marked(i, new Verdict(Verdict.DUPLICATE, "DUPLICATE_BLOCK", 0.9,
                        "a picture's caption repeating the paragraph at line " + (blocks.get(j).lineNo() + 1)
                                + " word for word, with the picture's credit in brackets", Map.of())));
            }
        }
        return Optional.empty();
    }

    /** A picture credit in brackets closing a line: "(Photo internet reproduction)", "[Image: Reuters]". */
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "[(\\[]\\s*(?i:photos?|photograph|image|picture|foto|imagen|imagem|credit|file photo)\\b[^()\\[\\]]{0,60}[)\\]]\\.?\\s*$");

    /** Never a scraped copy: code, list items, table rows, quotations, dialogue. */
    private static boolean eligible(Block b, boolean code) {
        return !code && !b.listOrTable() && !b.quotation() && b.kind() != LineKind.CODE;
    }

    private static boolean wrapped(boolean[] joinsNext, int i) {
        return joinsNext[i] || i > 0 && joinsNext[i - 1];
    }

    /** The reason when block {@code i} is a pasted second copy of the paragraph at {@code first}, else null. */
    private static String pastedParagraph(List<Block> blocks, Verdict[] verdicts, int first, int i) {
        Block b = blocks.get(i);
        boolean substantial = b.words() >= LONG_PARAGRAPH_WORDS
                || b.sentences() >= 2 && b.words() >= SENTENCES_PARAGRAPH_WORDS;
        if (!substantial || i - first > NEAR_BLOCKS) {
            return null;
        }
        if (newHeadingBetween(blocks, verdicts, first, i)) {
            return null; // each copy under its own heading: the document repeats it on purpose
        }
        int between = i - first - 1;
        return "pasted twice: the " + b.words() + "-word paragraph at line " + (blocks.get(first).lineNo() + 1)
                + (between == 0 ? " again right below" : " again " + between + " blocks on, no heading between");
    }

    /**
     * The reason when block {@code i} repeats the headline or lead at {@code first} near the top of the
     * story (a teaser card printed above the article), else null. A heading in a table of contents or a
     * summary list has list neighbours and is not the story's headline.
     */
    private static String repeatedAtTop(List<Block> blocks, Verdict[] verdicts, int[] rank, int first, int i) {
        Block original = blocks.get(first);
        if (rank[first] >= HEADLINE_RANK || rank[i] >= TOP_RANK || original.codeLike()
                || !Character.isUpperCase(original.text().codePointAt(0))) {
            return null;
        }
        boolean headline = original.titleLike() && !original.sentence();
        if (!headline && (original.words() < LEAD_WORDS || !underRepeatedHeadline(blocks, verdicts, first, i))) {
            return null;
        }
        if (headline && (titleNeighbour(blocks, verdicts, first, i, -1) || titleNeighbour(blocks, verdicts, first, i, 1))
                || newHeadingBetween(blocks, verdicts, first, i)) {
            return null;
        }
        return "the " + (headline ? "headline" : "lead") + " at line " + (original.lineNo() + 1)
                + " printed again near the top of the story";
    }

    /**
     * The lead's copy comes right under a copy of the line above the lead (the headline): the
     * page printed headline and lead twice, as a teaser card and as the article.
     */
    private static boolean underRepeatedHeadline(List<Block> blocks, Verdict[] verdicts, int first, int i) {
        int above = first - 1;
        while (above >= 0 && verdicts[above] != null && verdicts[above].removes()) {
            above--;
        }
        int copyAbove = i - 1;
        while (copyAbove > first && verdicts[copyAbove] != null && verdicts[copyAbove].removes()
                && !verdicts[copyAbove].label().equals(Verdict.DUPLICATE)) {
            copyAbove--;
        }
        if (above < 0 || copyAbove <= first) {
            return false;
        }
        List<String> headline = words(blocks.get(above).text());
        return !headline.isEmpty() && headline.equals(words(blocks.get(copyAbove).text()));
    }

    /** The nearest kept block before (dir -1) or after (dir 1) {@code at}, skipping {@code copy}, is a title line too. */
    private static boolean titleNeighbour(List<Block> blocks, Verdict[] verdicts, int at, int copy, int dir) {
        for (int k = at + dir; k >= 0 && k < blocks.size(); k += dir) {
            if (k == copy || verdicts[k] != null && verdicts[k].removes()) {
                continue;
            }
            Block b = blocks.get(k);
            return b.titleLike() && !b.sentence() && !b.terminal() || b.listOrTable();
        }
        return false;
    }

    /**
     * A kept section heading stands between the copies and is not itself a copy of a line above the
     * first one: the copies sit in two sections. (A teaser card repeats its headline too, so a
     * repeated heading between the copies is part of the copy.)
     */
    private static boolean newHeadingBetween(List<Block> blocks, Verdict[] verdicts, int first, int i) {
        for (int k = first + 1; k < i; k++) {
            if (!sectionHeading(blocks.get(k), verdicts[k])) {
                continue;
            }
            List<String> heading = words(blocks.get(k).text());
            boolean repeat = false;
            for (int j = 0; j < first && !repeat; j++) {
                repeat = heading.equals(words(blocks.get(j).text()));
            }
            if (!repeat) {
                return true;
            }
        }
        return false;
    }

    /** A kept heading line: short, no closing full stop, no link or markup. */
    private static boolean sectionHeading(Block b, Verdict v) {
        boolean kept = v == null || !v.removes();
        return kept && !b.codeLike() && b.words() <= HEADING_WORDS
                && (b.kind() == LineKind.HEADING || b.titleLike() && !b.terminal());
    }

    /** Marks the teaser when it is cut and stands at the top of the story or right by its paragraph. */
    private static boolean markTeaser(Block teaser, Block whole, int teaserRank, int size, Verdict[] verdicts) {
        boolean top = teaserRank < HEADLINE_RANK;
        boolean beside = Math.abs(teaser.index() - whole.index()) <= TEASER_NEAR_BLOCKS;
        if (!top && !beside) {
            return false;
        }
        double confidence;
        String cut;
        if (teaser.ellipsis() || !teaser.terminal()) {
            confidence = 0.9;
            cut = teaser.ellipsis() ? "ends in an ellipsis" : "stops mid-sentence";
        } else if (size >= LONG_TEASER_WORDS) {
            confidence = 0.8;
            cut = "is its first " + size + " words";
        } else {
            return false;
        }
        verdicts[teaser.index()] = new Verdict(Verdict.DUPLICATE, "DUPLICATE_TEASER", confidence,
                "cut copy of the paragraph at line " + (whole.lineNo() + 1) + ": " + cut + ", "
                        + (top ? "at the top of the story" : "right next to it"), Map.of());
        return true;
    }

    /** How many kept blocks (no removing verdict) come before each block: its place from the top of the story. */
    private static int[] keptRanks(Verdict[] verdicts) {
        int[] rank = new int[verdicts.length];
        int kept = 0;
        for (int i = 0; i < verdicts.length; i++) {
            rank[i] = kept;
            if (verdicts[i] == null || !verdicts[i].removes()) {
                kept++;
            }
        }
        return rank;
    }

    /** {@code part} is in {@code whole} at {@code offset}, and {@code whole} goes on after it. */
    private static boolean contains(List<String> whole, int offset, List<String> part) {
        return whole.size() > offset + part.size() && whole.subList(offset, offset + part.size()).equals(part);
    }

    /** Lower-case runs of letters and digits. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
