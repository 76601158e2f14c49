package org.copydesk.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Inputs built to hit the worst case of a rule: one giant token, a pile of
 * combining marks, endless mojibake, a repeated spinner phrase, bidi controls
 * between every word, a giant single line, defect-dense news, a function word
 * capitalised thousands of times in one paragraph. Used by
 * {@code scripts/adversarial.sh} (through {@link #main}) and by the fuzz tests
 * at smaller sizes.
 */
public final class Adversarial {
    private Adversarial() {
    }

    /** Our own English sentences, with accents and curly quotes so that their mojibake is rich. */
    public static final String[] SENTENCES = {
        "The minister\u2019s caf\u00e9 meeting in Z\u00fcrich ended early, an aide said.",
        "\u201cWe are not leaving,\u201d the mayor told reporters on Tuesday \u2014 twice.",
        "Officials in S\u00e3o Paulo and M\u00e1laga reviewed the r\u00e9sum\u00e9s of 12 candidates.",
        "The na\u00efve plan cost \u20ac4.5 million \u2013 about \u00a33.9 million \u2026 according to the audit.",
        "Her co\u00f6perative\u2019s fa\u00e7ade was repainted before the fianc\u00e9e\u2019s visit.",
    };

    /** Names of the cases, in the order the script runs them. */
    public static final List<String> CASES = List.of("giant-word", "combining", "mojibake-run", "spinner-phrase",
            "bidi-words", "mojibake-text", "giant-line", "defect-news", "capital-and");

    /** Builds one case at its full size (scale 1.0) or scaled down (e.g. 0.01 in unit tests). */
    public static String build(String name, double scale, Path corpus) throws IOException {
        return switch (name) {
            case "giant-word" -> "a".repeat(n(1_000_000, scale));
            case "combining" -> "e" + "\u0301".repeat(n(200_000, scale));
            case "mojibake-run" -> "\u00e2\u20ac".repeat(n(300_000, scale));
            case "spinner-phrase" -> "once morest ".repeat(n(100_000, scale));
            case "bidi-words" -> bidiWords(n(1_400_000, scale));
            case "mojibake-text" -> mojibake(n(300_000, scale));
            case "giant-line" -> giantLine(n(20_000_000, scale));
            case "defect-news" -> defectNews(n(6_000_000, scale), corpus);
            case "capital-and" -> capitalAnd(n(32_000, scale));
            default -> throw new IllegalArgumentException("no adversarial case " + name);
        };
    }

    private static int n(int full, double scale) {
        return Math.max(1, (int) (full * scale));
    }

    /**
     * "trade And investment, " repeated: one paragraph of capitalised function words between
     * lower-case words, every one a candidate of the casing rule (once quadratic in it: 175 KB took 495 s).
     */
    public static String capitalAnd(int repetitions) {
        return "trade And investment, ".repeat(repetitions);
    }

    private static String bidiWords(int chars) {
        // no right-to-left letters: every control is then a candidate for removal, on one giant line
        String[] words = {"talks", "resumed", "in", "Geneva", "after", "the", "ceasefire", "ended"};
        String[] controls = {"\u202e", "\u200f", "\u202b", "\u2066", "\u2069", "\u202c", "\u200e", "\u061c"};
        StringBuilder sb = new StringBuilder(chars + 32);
        int i = 0;
        while (sb.length() < chars) {
            sb.append(words[i % words.length]).append(controls[(i * 7) % controls.length]);
            if (i % 3 == 0) {
                sb.append(' ');
            }
            i++;
        }
        return sb.toString();
    }

    /** UTF-8 bytes of our sentences read back as cp1252: the most common mojibake on the web. */
    private static String mojibake(int chars) {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder sb = new StringBuilder(chars + 200);
        int i = 0;
        while (sb.length() < chars) {
            String s = SENTENCES[i % SENTENCES.length];
            sb.append(new String(s.getBytes(StandardCharsets.UTF_8), cp1252));
            sb.append(i % 4 == 3 ? "\n\n" : " ");
            i++;
        }
        return sb.toString();
    }

    private static String giantLine(int chars) {
        String[] words = {"the", "council", "voted", "on", "a", "new", "budget", "for", "schools", "and", "roads",
            "after", "months", "of", "debate,", "officials", "said."};
        StringBuilder sb = new StringBuilder(chars + 16);
        int i = 0;
        while (sb.length() < chars) {
            sb.append(words[i % words.length]).append(' ');
            i += 1 + (i % 3);
        }
        return sb.append('\n').toString();
    }

    private static String defectNews(int chars, Path corpus) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(corpus)) {
            samples = files.filter(p -> p.getFileName().toString().endsWith(".dirty.txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path p : samples) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        StringBuilder sb = new StringBuilder(chars + 10_000);
        int i = 0;
        while (sb.length() < chars) {
            sb.append(texts.get(i % texts.size())).append("\n\n");
            i++;
        }
        return sb.toString();
    }

    /** Writes every case (or those named after the directory) to {@code <dir>/<name>.txt}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/adversarial");
        Path corpus = Path.of(System.getProperty("copydesk.corpus", "corpus"));
        Files.createDirectories(dir);
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : CASES;
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String name : names) {
            Path file = dir.resolve(name + ".txt");
            Files.writeString(file, build(name, 1.0, corpus), StandardCharsets.UTF_8);
            sizes.put(name, Files.size(file));
        }
        sizes.forEach((name, size) -> System.out.println(name + "\t" + size));
    }
}
