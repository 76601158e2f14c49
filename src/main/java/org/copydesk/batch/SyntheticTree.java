package org.copydesk.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private SyntheticTree() {
    }

    /** Writes {@code files} files under {@code dir}, 100 to a subdirectory; returns the bytes written. */
    public static long write(Path dir, int files, long seed) throws IOException {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve(String.format("d%03d/story-%05d.txt", i / 100, i));
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
