package org.copydesk.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.rules.RuleInfo;
import org.copydesk.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule id: stage, category, default confidence, action, what it does.")
final class RulesCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--stage", paramLabel = "ID", description = "Only the rules of this stage.")
    String stage;

    RulesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        int shown = 0;
        for (RuleInfo r : RuleRegistry.bundled().all()) {
            if (stage == null || stage.equals(r.stage())) {
                out.printf(Locale.ROOT, "%-28s %-10s %-13s %.2f  %-7s %s%n", r.id(), r.stage(), r.category(),
                        r.confidence(), r.action(), r.description());
                shown++;
            }
        }
        if (shown == 0 && stage != null) {
            throw new UsageException("no rules for stage '" + stage + "'");
        }
        return ExitCodes.OK;
    }
}
