package org.copydesk.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash (and zsh) completion script for copydesk.",
            "Use: source <(copydesk completion), or save it under /etc/bash_completion.d/copydesk."})
final class CompletionCommand implements Callable<Integer> {
    private final CommandLine root;
    private final PrintStream out;

    CompletionCommand(CommandLine root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    @Override
    public Integer call() {
        out.print(AutoComplete.bash("copydesk", root));
        out.flush();
        return ExitCodes.OK;
    }
}
