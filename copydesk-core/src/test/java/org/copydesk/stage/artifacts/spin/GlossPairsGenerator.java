package org.copydesk.stage.artifacts.spin;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code dictionaries/artifacts/wordnet-gloss-pairs.tsv.gz} (pair, tab, count; sorted) from the
 * glosses of the bundled WordNet 3.1 (about 8 s). Run from the repository root after a WordNet data
 * upgrade:
 * {@code mvn -q -o test-compile -pl copydesk-core && java -cp "copydesk-core/target/test-classes:copydesk-core/target/classes:$(cat cp.txt)" org.copydesk.stage.artifacts.spin.GlossPairsGenerator}
 */
public final class GlossPairsGenerator {
    private GlossPairsGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "dictionaries/artifacts/wordnet-gloss-pairs.tsv.gz");
        Map<String, Integer> pairs = count(Dictionary.getDefaultResourceInstance());
        try (OutputStream file = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Integer> e : pairs.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(pairs.size() + " pairs written to " + out);
    }

    static Map<String, Integer> count(Dictionary dictionary) throws Exception {
        Map<String, Integer> pairs = new TreeMap<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<Synset> it = dictionary.getSynsetIterator(pos);
            while (it.hasNext()) {
                GlossPairs.pairsOf(it.next().getGloss(), p -> pairs.merge(p, 1, Integer::sum));
            }
        }
        return pairs;
    }
}
