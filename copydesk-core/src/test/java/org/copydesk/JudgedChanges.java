package org.copydesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.copydesk.testing.CleanEnglish.Change;
import org.copydesk.testing.TestResources;

/**
 * Changes on the modern-English corpus that a person read and judged, keyed by a digest of
 * the file, the rule and the change in its context (so no third-party text is stored):
 * {@code precision/modern-english-judged.tsv}, columns digest, rule, verdict, note; the row
 * {@code corpus} gives the digest of the corpus the verdicts were made on.
 */
final class JudgedChanges {
    private static final String FILE = "/precision/modern-english-judged.tsv";

    private JudgedChanges() {
    }

    static Map<String, String> load() {
        Map<String, String> verdicts = new HashMap<>();
        if (TestResources.exists(FILE)) {
            for (TestResources.Row row : TestResources.rows(FILE)) {
                String[] c = row.cells();
                verdicts.put(c[0], c[2]);
            }
        }
        return verdicts;
    }

    /** A digest of the corpus files, so verdicts are applied only to the text they were made on. */
    static String corpusDigest(java.util.List<java.nio.file.Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (java.nio.file.Path f : files) {
                sha.update(java.nio.file.Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String digest(Change c) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((c.file() + "\t" + c.rule() + "\t" + c.marked(40)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
