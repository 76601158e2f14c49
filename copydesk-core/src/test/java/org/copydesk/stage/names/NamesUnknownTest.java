package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Latin-script names not in the list are never changed: each of the names in
 * {@code testsets/names-unknown.txt} (at least 200, many near misses of listed
 * names) is put alone, beside listed names, and as a later surname mention;
 * no edit may touch it in any style.
 */
class NamesUnknownTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    static List<String> unknownNames() {
        return TestResources.rows("/testsets/names-unknown.txt").stream().map(row -> row.text().strip()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "ap", "reuters"})
    void unknownLatinNamesAreLeftAlone(String style) {
        List<String> names = unknownNames();
        assertTrue(names.size() >= 200, "need at least 200 names, have " + names.size());
        List<String> damaged = new ArrayList<>();
        for (String name : names) {
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            String[] docs = {
                name + " said on Tuesday that the talks would continue.\n",
                "Vladimir Putin and Volodymyr Zelensky did not meet " + name + " in Kyiv. "
                        + surname + " said later that " + surname + "'s office had asked for a meeting.\n",
                "Sergei Lavrov, " + name + " and Wang Yi spoke in Beijing, Xinhua reported. " + surname + " declined to comment.\n",
            };
            for (String doc : docs) {
                CleanResult r = DESK.clean(doc, CleanOptions.defaults().withStyle(style));
                for (Edit e : r.edits()) {
                    for (int at = doc.indexOf(surname); at >= 0; at = doc.indexOf(surname, at + 1)) {
                        int nameStart = doc.startsWith(name, at - name.length() + surname.length())
                                ? at - name.length() + surname.length() : at;
                        if (e.start() < at + surname.length() && nameStart < e.end()) {
                            damaged.add(name + ": " + e.original() + " -> " + e.replacement() + " in: " + doc.strip());
                        }
                    }
                }
            }
        }
        System.out.printf("unknown names, style %s: %d names x 3 documents, %d edits touched them%n",
                style, names.size(), damaged.size());
        damaged.forEach(d -> System.out.println("  damaged " + d));
        assertEquals(List.of(), damaged);
    }
}
