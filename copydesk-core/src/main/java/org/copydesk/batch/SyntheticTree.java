package org.copydesk.batch;

import java.util.Locale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a tree of made-up news copy with the usual scraping defects (CRLF,
 * byte-order marks, mojibake, entities, odd spaces, boilerplate lines), for
 * the batch tests and benchmark. Same seed, same tree.
 */
public final class SyntheticTree {
    private static final String[] SUBJECTS = {"The city council", "A spokesperson for the port authority",
        "Local farmers", "The regional health board", "Engineers at the water utility", "The transport minister",
        "Residents of the harbour district", "The university's rector", "Two opposition lawmakers",
        "The chamber of commerce"};
    private static final String[] VERBS = {"said on Tuesday that", "warned that", "announced that", "confirmed that",
        "told reporters that", "argued that", "insisted that"};
    private static final String[] CLAUSES = {"the new ferry timetable would start in March",
        "repairs to the northern bridge were running two weeks late", "grain prices had risen for a third month",
        "a second testing site would open near the bus station", "the budget left little room for new hiring",
        "the museum's roof had been leaking since the winter storms", "night trains would return after the summer",
        "the agreement still needed approval from the regional assembly", "water use fell by 8 percent last year",
        "more than 1,200 households had applied for the heating grant"};
    private static final String[] TAILS = {"", " according to a statement", " despite earlier doubts",
        " in a brief interview", " after months of talks"};
    private static final String[] BOILERPLATE = {"Subscribe to our newsletter for the latest updates.",
        "Share this article on social media", "Click here to read more stories like this.",
        "Advertisement"};

    /** Made-up site names; each site's template is built from its name, so no two sites share one. */
    private static final String[] SITES = {"Harbour Gazette", "Valley Courier", "Northern Ledger", "Riverside Post",
        "Coastal Herald"};

    private SyntheticTree() {
    }

    /**
     * The template lines a site prints on every page, in the site's own wording: no pattern row
     * names them, only their recurring across the site's files gives them away. The first two
     * stand above the story, the others below it.
     */
    public static List<String> template(int site) {
        String name = SITES[site % SITES.length];
        return List.of("The " + name, "Local news for " + name.split(" ")[0] + " since 19" + (21 + site),
                "Tide tables and ferry times from the " + name, "Letters to the " + name.split(" ")[1] + " editor");
    }

    /**
     * Writes {@code sites} sites of {@code filesPerSite} stories each, {@code site-N/story-M.txt}, every
     * story between its site's template lines; returns the files written.
     */
    public static List<Path> writeSites(Path dir, int sites, int filesPerSite, long seed) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            List<String> template = template(s);
            for (int i = 0; i < filesPerSite; i++) {
                Random rnd = new Random(seed * 1_000_003L + s * 1_000L + i);
                StringBuilder sb = new StringBuilder();
                sb.append(template.get(0)).append("\n\n").append(template.get(1)).append("\n\n");
                int paragraphs = 2 + rnd.nextInt(3);
                for (int p = 0; p < paragraphs; p++) {
                    sb.append(plainSentence(rnd)).append(" ").append(plainSentence(rnd)).append("\n\n");
                }
                sb.append(template.get(2)).append("\n\n").append(template.get(3)).append('\n');
                Path file = dir.resolve("site-" + s + "/story-" + i + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
                out.add(file);
            }
        }
        return out;
    }

    /** Writes {@code files} files under {@code dir}, 100 to a subdirectory; returns the bytes written. */
    public static long write(Path dir, int files, long seed) throws IOException {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "d%03d/story-%05d.txt", i / 100, i));
            Files.createDirectories(file.getParent());
            byte[] data = document(new Random(seed * 1_000_003L + i));
            Files.write(file, data);
            bytes += data.length;
        }
        return bytes;
    }

    /** One document, as bytes (some with a BOM or CRLF line endings). */
    public static byte[] document(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int paragraphs = 2 + rnd.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + rnd.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(rnd.nextInt(12) == 0 ? "  " : " ");
                }
                sb.append(sentence(rnd));
            }
            sb.append('\n');
            if (rnd.nextInt(6) == 0) {
                sb.append(BOILERPLATE[rnd.nextInt(BOILERPLATE.length)]).append('\n');
            }
            sb.append('\n');
        }
        String text = sb.toString();
        if (rnd.nextInt(3) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (rnd.nextInt(5) == 0) {
            text = "\uFEFF" + text;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A plain sentence of made-up news copy, without scraping defects. */
    static String plainSentence(Random rnd) {
        return SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " " + VERBS[rnd.nextInt(VERBS.length)] + " "
                + CLAUSES[rnd.nextInt(CLAUSES.length)] + TAILS[rnd.nextInt(TAILS.length)] + ".";
    }

    private static String sentence(Random rnd) {
        String s = SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " " + VERBS[rnd.nextInt(VERBS.length)] + " "
                + CLAUSES[rnd.nextInt(CLAUSES.length)] + TAILS[rnd.nextInt(TAILS.length)] + ".";
        return switch (rnd.nextInt(10)) {
            case 0 -> s.replace("'", "â€™");
            case 1 -> s.replace(" and ", " &amp; ").replace("that", "that\u00A0");
            case 2 -> s.replace("the ", "the\u200B ");
            default -> s;
        };
    }
}
