// Builds dictionaries/glossary/generated/<lang>.tsv from open bilingual data that Debian serves:
//   FreeDict (dict-freedict-{spa,por,fra,ita,deu}-eng, GPL-2+) for all five languages, and
//   Apertium's English-Spanish pair (apertium-eng-spa, GPL-2+) for Spanish, and for Italian, Portuguese and
//   French through Spanish (apertium-spa-ita, apertium-es-pt, apertium-fr-es, GPL-2+), read through lt-proc.
// Only the lemmas of LanguageTool's ~10,000 most common words of each language (common_words.txt)
// are kept, so the files stay small and cover the frequent vocabulary. Run by scripts/build-glossary.sh.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.stage.foreign.LanguageKit;
import org.copydesk.stage.foreign.Reading;
import org.copydesk.stage.foreign.TagMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;

public class BuildGlossary {
    static final Map<String, String> FREEDICT = Map.of("es", "spa", "pt", "por", "fr", "fra", "it", "ita", "de", "deu");
    static final String APERTIUM = "/usr/share/apertium/";
    static final String SPA_ENG = APERTIUM + "apertium-eng-spa/spa-eng.autobil.bin";
    /** Per language: Apertium morphological analyser, then bilingual dictionaries to English (via Spanish). */
    static final Map<String, List<String>> APERTIUM_CHAIN = Map.of(
            "es", List.of(APERTIUM + "apertium-eng-spa/spa-eng.automorf.bin", SPA_ENG),
            "it", List.of(APERTIUM + "apertium-spa-ita/ita-spa.automorf.bin", APERTIUM + "apertium-spa-ita/ita-spa.autobil.bin", SPA_ENG),
            "pt", List.of(APERTIUM + "apertium-es-pt/pt-es.automorf.bin", APERTIUM + "apertium-es-pt/pt-es.autobil.bin", SPA_ENG),
            "fr", List.of(APERTIUM + "apertium-fr-es/fr-es.automorf.bin", APERTIUM + "apertium-fr-es/fr-es.autobil.bin", SPA_ENG));
    // function words (articles, prepositions, conjunctions) are curated by hand only: generated ones are too noisy
    static final Set<String> KEPT = Set.of("n", "v", "adj", "adv");
    static final Set<String> FUNCTION = Set.of("aux", "det", "pron", "prep", "conj", "num", "propn");

    record Candidate(String english, String pos, int rank, String source) {}

    static EnglishLexicon english;
    static Tagger englishTagger;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "dictionaries/glossary/generated");
        Files.createDirectories(out);
        english = EnglishLexicon.load();
        englishTagger = Languages.getLanguageForShortCode("en-US").getTagger();
        TagMap tags = TagMap.load(Dictionaries.bundled());
        for (String lang : List.of("es", "pt", "fr", "it", "de")) {
            build(lang, tags, out);
        }
    }

    static void build(String lang, TagMap tags, Path out) throws Exception {
        LanguageKit kit = LanguageKit.load(lang, tags);
        List<String> common = commonWords(lang);
        Set<String> commonSet = new HashSet<>(common);
        // lemma -> classes seen among the common words, in frequency order
        Map<String, Set<String>> lemmas = new LinkedHashMap<>();
        for (String w : common) {
            List<Reading> rs = new ArrayList<>(kit.analyse(w));
            if (lang.equals("de")) {
                rs.addAll(kit.analyse(Character.toUpperCase(w.charAt(0)) + w.substring(1)));
            }
            boolean function = rs.stream().anyMatch(r -> FUNCTION.contains(r.pos()));
            for (Reading r : rs) {
                if (!function && KEPT.contains(r.pos())) {
                    lemmas.computeIfAbsent(r.lemma(), k -> new LinkedHashSet<>()).add(r.pos());
                }
            }
        }
        Map<String, List<Candidate>> dict = freedict(FREEDICT.get(lang));
        if (APERTIUM_CHAIN.containsKey(lang)) {
            apertium(common, APERTIUM_CHAIN.get(lang), dict);
        }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : lemmas.entrySet()) {
            for (String pos : e.getValue()) {
                String best = choose(e.getKey(), pos, dict);
                if (best != null) {
                    rows.add(e.getKey() + "\t" + pos + "\t" + best);
                }
            }
        }
        // phrases of common words ("sin embargo", "a pesar de") with at least one word English lacks
        for (Map.Entry<String, List<Candidate>> e : dict.entrySet()) {
            String head = e.getKey();
            String[] words = head.split(" ");
            if (words.length < 2 || words.length > 3 || !head.equals(head.toLowerCase(Locale.ROOT))
                    || !Arrays.stream(words).allMatch(commonSet::contains)
                    || Arrays.stream(words).allMatch(w -> english.isWord(w))) {
                continue;
            }
            String best = choose(head, "phrase", dict);
            if (best != null) {
                rows.add(head + "\tphrase\t" + best);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by scripts/build-glossary.sh - do not edit; curated entries go in ../" + lang + ".tsv and win.");
        lines.add("# Columns: foreign lemma, class, English lemma. Sources: FreeDict " + FREEDICT.get(lang) + "-eng"
                + (lang.equals("es") ? " and Apertium eng-spa" : APERTIUM_CHAIN.containsKey(lang) ? " and Apertium through Spanish" : "")
                + " (Debian packages), lemmas of LanguageTool's common_words.txt.");
        lines.add("# Licence: GPL-2.0-or-later, like its sources; see NOTICE in this directory.");
        lines.addAll(rows);
        Files.write(out.resolve(lang + ".tsv"), lines, StandardCharsets.UTF_8);
        System.err.printf("%s: %d lemma/class pairs from %d common words, %d rows written%n",
                lang, lemmas.values().stream().mapToInt(Set::size).sum(), common.size(), rows.size());
    }

    static List<String> commonWords(String lang) throws IOException {
        try (InputStream in = BuildGlossary.class.getResourceAsStream("/org/languagetool/resource/" + lang + "/common_words.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    /** Picks the English rendering: right part of speech, frequent in English, a cognate, an early sense. */
    static String choose(String lemma, String pos, Map<String, List<Candidate>> dict) {
        List<Candidate> cands = dict.getOrDefault(lemma, List.of());
        if (cands.isEmpty()) {
            cands = dict.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : cands) {
            if (c.pos() != null && !pos.equals("phrase") && !c.pos().equals(pos)) {
                continue;
            }
            String[] words = c.english().split(" ");
            if (words.length > 3 || !Arrays.stream(words).allMatch(english::isWord)) {
                continue;
            }
            String head = pos.equals("v") ? words[0] : words[words.length - 1];
            double score = Math.max(0, english.frequency(head)) / 2.0 - 2.0 * (words.length - 1) - c.rank();
            if (!pos.equals("phrase")) {
                Boolean fits = fits(head, pos);
                score += fits == null ? 0 : fits ? 3 : -8;
            }
            if (cognate(lemma, c.english())) {
                score += 6;
            }
            if (c.source().equals("apertium")) {
                score += 4;
            } else if (c.source().equals("apertium-pivot")) {
                score += 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c.english();
            }
        }
        return bestScore > 0 ? best : null;
    }

    static final Map<String, String> PENN = Map.of("n", "NN", "v", "VB", "adj", "JJ", "adv", "RB", "prep", "IN", "conj", "CC");

    static Boolean fits(String word, String pos) {
        String prefix = PENN.get(pos);
        if (prefix == null) {
            return null;
        }
        try {
            for (AnalyzedTokenReadings atr : englishTagger.tag(List.of(word))) {
                for (AnalyzedToken t : atr.getReadings()) {
                    String tag = t.getPOSTag();
                    if (tag != null && (tag.startsWith(prefix) || pos.equals("prep") && tag.equals("TO")
                            || pos.equals("conj") && tag.equals("IN") || pos.equals("n") && tag.startsWith("NNP"))) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    static boolean cognate(String foreign, String english) {
        String a = fold(foreign), b = fold(english);
        int n = Math.min(a.length(), b.length());
        int lcp = 0;
        while (lcp < n && a.charAt(lcp) == b.charAt(lcp)) {
            lcp++;
        }
        return lcp >= 4 && lcp >= 0.6 * n;
    }

    static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    // ---- FreeDict (dictd format: .index lines "headword TAB base64 offset TAB base64 length", .dict.dz = gzip)
    static Map<String, List<Candidate>> freedict(String code) throws IOException {
        Path index = Path.of("/usr/share/dictd/freedict-" + code + "-eng.index");
        Path data = Path.of("/usr/share/dictd/freedict-" + code + "-eng.dict.dz");
        byte[] body;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(data))) {
            body = in.readAllBytes();
        }
        Map<String, List<Candidate>> out = new HashMap<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length < 3 || cells[0].startsWith("00-database") || cells[0].startsWith("00database")) {
                continue;
            }
            int off = b64(cells[1]), len = b64(cells[2]);
            String entry = new String(body, off, len, StandardCharsets.UTF_8);
            parseEntry(cells[0], entry, out);
        }
        return out;
    }

    static int b64(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 64 + alphabet.indexOf(c);
        }
        return n;
    }

    static void parseEntry(String head, String entry, Map<String, List<Candidate>> out) {
        String[] lines = entry.split("\n");
        String headPos = posOf(lines[0]);
        int rank = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("Synonym") || line.startsWith("Note") || line.startsWith("see:")) {
                continue;
            }
            line = line.replaceFirst("^\\d+\\.\\s*", "");
            for (String part : line.split("[,;]")) {
                String pos = posOf(part);
                String eng = part.replaceAll("<[^>]*>", "").replaceAll("\\[[^]]*]", "").replaceAll("\\([^)]*\\)", "")
                        .replaceAll("^\\s*to\\s+", "").replaceAll("\\s+", " ").strip();
                if (eng.isEmpty() || !eng.matches("[\\p{L}' -]+")) {
                    continue;
                }
                String p = pos != null ? pos : headPos;
                out.computeIfAbsent(head, k -> new ArrayList<>()).add(new Candidate(eng, p, Math.min(rank, 4), "freedict"));
                rank++;
            }
        }
    }

    static String posOf(String s) {
        int lt = s.indexOf('<');
        if (lt < 0) {
            return null;
        }
        String inside = s.substring(lt + 1, Math.max(lt + 1, s.indexOf('>', lt)));
        for (String t : inside.split("[, ]+")) {
            switch (t) {
                case "n": return "n";
                case "v": case "vt": case "vi": return "v";
                case "adj": return "adj";
                case "adv": return "adv";
                case "prep": return "prep";
                case "conj": return "conj";
                default: break;
            }
        }
        return null;
    }

    // ---- Apertium: analyse the common words, then follow the bilingual dictionaries to English
    // (directly for Spanish; through Spanish for Italian, Portuguese and French)
    static void apertium(List<String> words, List<String> chain, Map<String, List<Candidate>> out) throws Exception {
        List<String> analysed = ltProc(chain.get(0), words);
        Set<String> queries = new LinkedHashSet<>();
        for (String a : analysed) {
            for (java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\^[^/$]*((?:/[^/$]+)+)\\$").matcher(a); m.find(); ) {
                for (String reading : m.group(1).substring(1).split("/")) {
                    if (!reading.startsWith("*") && reading.contains("<")) {
                        queries.add("^" + reading + "$");
                    }
                }
            }
        }
        // source analysis -> current translations, one bilingual step at a time
        Map<String, Set<String>> reach = new LinkedHashMap<>();
        for (String q : queries) {
            reach.put(q.substring(1, q.length() - 1), new LinkedHashSet<>(List.of(q.substring(1, q.length() - 1))));
        }
        for (String bidix : chain.subList(1, chain.size())) {
            Set<String> step = new LinkedHashSet<>();
            reach.values().forEach(step::addAll);
            List<String> asked = new ArrayList<>(step);
            List<String> answers = ltProc("-b " + bidix, asked.stream().map(x -> "^" + x + "$").toList());
            Map<String, List<String>> next = new HashMap<>();
            for (int i = 0; i < Math.min(asked.size(), answers.size()); i++) {
                String ans = answers.get(i);
                if (!ans.startsWith("^") || !ans.endsWith("$")) {
                    continue;
                }
                String[] parts = ans.substring(1, ans.length() - 1).split("/");
                List<String> targets = new ArrayList<>();
                for (int k = 1; k < parts.length; k++) {
                    if (!parts[k].startsWith("@") && parts[k].indexOf('<') > 0) {
                        targets.add(parts[k]);
                    }
                }
                next.put(asked.get(i), targets);
            }
            for (Map.Entry<String, Set<String>> e : reach.entrySet()) {
                Set<String> moved = new LinkedHashSet<>();
                for (String cur : e.getValue()) {
                    moved.addAll(next.getOrDefault(cur, List.of()));
                }
                e.setValue(moved);
            }
        }
        String source = chain.size() > 2 ? "apertium-pivot" : "apertium";
        for (Map.Entry<String, Set<String>> e : reach.entrySet()) {
            String src = e.getKey();
            int lt = src.indexOf('<');
            if (lt <= 0) {
                continue;
            }
            String lemma = src.substring(0, lt);
            String pos = apertiumPos(src.substring(lt));
            int rank = 0;
            for (String t : e.getValue()) {
                String eng = t.substring(0, t.indexOf('<')).replace('_', ' ');
                out.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Candidate(eng, pos, rank++, source));
            }
        }
    }

    static String apertiumPos(String tags) {
        String first = tags.substring(1, tags.indexOf('>'));
        return switch (first) {
            case "n" -> "n";
            case "vblex", "vbmod" -> "v";
            case "adj" -> "adj";
            case "adv" -> "adv";
            case "pr" -> "prep";
            case "cnjcoo", "cnjsub", "cnjadv" -> "conj";
            default -> "other";
        };
    }

    /** Runs lt-proc over one item per line; output lines match input lines. */
    static List<String> ltProc(String args, List<String> lines) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("lt-proc"));
        cmd.addAll(Arrays.asList(args.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread writer = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        writer.join();
        p.waitFor();
        return out;
    }
}
