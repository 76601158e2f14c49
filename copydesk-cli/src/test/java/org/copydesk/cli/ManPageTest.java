package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages in {@code docs/man/} (AsciiDoc, one per command, made by picocli-codegen's
 * {@link ManPageGenerator} from the live command tree) must be what the code generates now, and must
 * name every subcommand and every option: a new option without a regenerated page fails here.
 * Regenerate with {@code mvn -o test -pl copydesk-cli -am -Dtest=ManPageTest -Dcopydesk.updateMan=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ManPageTest {
    private static final Path SHIPPED = Path.of("docs/man");

    @Test
    void shippedPagesAreCurrentAndNameEveryOption() throws IOException {
        CommandSpec root = tree().getCommandSpec();
        Path fresh = Files.createTempDirectory("copydesk-man");
        ManPageGenerator.generateManPage(fresh.toFile(), null, new boolean[0], true, root);
        if (Boolean.getBoolean("copydesk.updateMan")) {
            Files.createDirectories(SHIPPED);
            try (Stream<Path> old = Files.list(SHIPPED)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                    Files.delete(p);
                }
            }
            for (Path p : pages(fresh).values()) {
                Files.copy(p, SHIPPED.resolve(p.getFileName()));
            }
        }
        TreeMap<String, Path> want = pages(fresh);
        TreeMap<String, Path> have = pages(SHIPPED);
        assertEquals(want.keySet(), have.keySet(), "docs/man is stale: regenerate it (see ManPageTest)");
        for (String name : want.keySet()) {
            assertEquals(Files.readString(want.get(name)), Files.readString(have.get(name)),
                    "docs/man/" + name + " is stale: regenerate it (see ManPageTest)");
        }
        List<String> missing = new ArrayList<>();
        String top = Files.readString(SHIPPED.resolve("copydesk.adoc"));
        for (CommandLine sub : tree().getSubcommands().values()) {
            String name = sub.getCommandName();
            if (!top.contains(name)) {
                missing.add("subcommand " + name + " in copydesk.adoc");
            }
            Path page = SHIPPED.resolve("copydesk-" + name + ".adoc");
            String text = Files.exists(page) ? Files.readString(page) : "";
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (!option.hidden() && !text.contains(option.longestName())) {
                    missing.add(option.longestName() + " in " + page.getFileName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        assertTrue(top.contains(":doctype: manpage") || top.contains("= copydesk(1)"), top.substring(0, 200));
    }

    private static CommandLine tree() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    private static TreeMap<String, Path> pages(Path dir) throws IOException {
        TreeMap<String, Path> pages = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".adoc")).forEach(p -> pages.put(p.getFileName().toString(), p));
            }
        }
        return pages;
    }
}
