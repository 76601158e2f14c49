package org.copydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.lexicon.NameLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "names", mixinStandardHelpOptions = true,
        description = {"Resolve names (any script or spelling) to the house style.",
            "Reads one mention per line from stdin when none are given. Output: mention, spelling, entity id, how."})
final class NamesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "MENTION", description = "Names to resolve, e.g. Poutine '习近平' Selenskyj.")
    List<String> mentions = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;

    NamesCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        NameLexicon names = common.build().resources().names();
        List<String> todo = new ArrayList<>(mentions);
        if (todo.isEmpty()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    todo.add(line.strip());
                }
            }
        }
        int unknown = 0;
        for (String mention : todo) {
            Optional<NameLexicon.Resolution> r = names.resolve(mention, common.style);
            if (r.isEmpty()) {
                unknown++;
                out.println(mention + "\t-\t-\tunknown");
            } else {
                NameLexicon.Resolution res = r.get();
                out.println(mention + "\t" + res.spelling() + "\t" + (res.known() ? res.entity().id() : "-")
                        + "\t" + res.how());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
