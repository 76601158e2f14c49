package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.LanguageSpan;
import org.copydesk.core.StageCatalog;
import org.copydesk.io.FileCleaner;
import org.copydesk.io.LineIndex;
import picocli.CommandLine.Command;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"List text in other languages: leftover words and whole passages.",
            "One line each: source, line:column, kind (passage/word/finding), language or rule, confidence, text.",
            "Word lines show the translation the clean command would make. Changes nothing."})
final class DetectCommand extends InputsCommand {
    /** Only what detection needs: the text decoded and repaired, then the foreign stage. */
    private static final Set<String> NEEDED = Set.of("decode", "encoding", "unicode", "foreign");

    DetectCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    public Integer call() throws IOException {
        Set<String> off = new HashSet<>(StageCatalog.ids());
        off.removeAll(NEEDED);
        common.disabledStages.addAll(off);
        Copydesk desk = common.build();
        return cleanEach(new FileCleaner(desk), this::print) == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private void print(CleanResult r, String source) {
        LineIndex idx = new LineIndex(r.input());
        for (LanguageSpan span : r.languages()) {
            String text = r.input().substring(span.start(), span.end()).replace('\n', ' ');
            out.printf(Locale.ROOT, "%s\t%s\tpassage\t%s\t%.2f\t%s%n", source, idx.position(span.start()), span.language(),
                    span.confidence(), text);
        }
        for (Edit e : r.edits()) {
            if (e.stage().equals("foreign")) {
                out.printf(Locale.ROOT, "%s\t%s\tword\t%s\t%.2f\t%s -> %s\t%s%n", source, idx.position(e.start()), e.rule(),
                        e.confidence(), e.original(), e.replacement(), e.reason());
            }
        }
        for (Finding f : r.findings()) {
            if (f.stage().equals("foreign")) {
                out.printf(Locale.ROOT, "%s\t%s\tfinding\t%s\t%.2f\t%s\t%s%n", source, idx.position(f.start()), f.rule(),
                        f.confidence(), f.text().replace('\n', ' '), f.message());
            }
        }
    }
}
