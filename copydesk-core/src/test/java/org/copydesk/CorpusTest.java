package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample in {@code corpus/}: {@code NAME.dirty.txt} cleaned with the
 * default options must equal {@code NAME.clean.txt}.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    @TestFactory
    Stream<DynamicTest> everyCorpusSample() throws IOException {
        Copydesk desk = Copydesk.builder().build();
        List<Path> dirty;
        try (Stream<Path> files = Files.list(CORPUS)) {
            dirty = files.filter(p -> p.getFileName().toString().endsWith(".dirty.txt")).sorted().toList();
        }
        assertFalse(dirty.isEmpty(), "no samples in corpus/");
        return dirty.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString().replace(".dirty.txt", ".clean.txt");
            String expected = Files.readString(p.resolveSibling(name), StandardCharsets.UTF_8);
            CleanResult r = desk.clean(Files.readAllBytes(p));
            assertEquals(expected, r.text());
            assertEquals(r.input(), r.reconstructInput());
        }));
    }
}
