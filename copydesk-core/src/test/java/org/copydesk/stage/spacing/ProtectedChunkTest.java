package org.copydesk.stage.spacing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.text.Chars;
import org.junit.jupiter.api.Test;

/**
 * The view gives a chunk to the protected-chunk pattern only when it holds a character the pattern needs:
 * every chunk the pattern matches must hold one (checked on every chunk of the corpus and on made-up URLs,
 * handles, paths and dotted names), and plain words must be spared the pattern.
 */
class ProtectedChunkTest {

    @Test
    void everyProtectedChunkHoldsACharacterThePatternNeeds() throws IOException {
        List<String> chunks = new ArrayList<>(List.of("https://example.com/a", "www.example.org", "@handle",
                "user@example.com", "#hashtag", "(#tag", "“www.x", "node.js", "a.b", "C:\\Users", "snake_case",
                "a=b", "<tag>", "{x}", "a|b", "~home", "x^2", "`code`", "path/to/file"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt"))::iterator) {
                Matcher m = Pattern.compile("\\S+").matcher(Files.readString(f));
                while (m.find()) {
                    chunks.add(m.group());
                }
            }
        }
        int protectedChunks = 0;
        for (String chunk : chunks) {
            if (TextView.PROTECTED_CHUNK.matcher(chunk).matches()) {
                protectedChunks++;
                assertTrue(Chars.anyOf(chunk, 0, chunk.length(), TextView.PROTECTED_CHUNK_NEEDS), chunk);
            }
        }
        assertTrue(protectedChunks >= 19, "the chunks must exercise the pattern: " + protectedChunks);
    }

    @Test
    void plainWordsAreSparedThePattern() {
        for (String word : List.of("council", "Monday,", "“Yes”", "(AFP)", "don’t", "$130", "5%", "well-known")) {
            assertFalse(Chars.anyOf(word, 0, word.length(), TextView.PROTECTED_CHUNK_NEEDS), word);
        }
    }
}
