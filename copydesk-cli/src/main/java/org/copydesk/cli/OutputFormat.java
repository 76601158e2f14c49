package org.copydesk.cli;

import org.copydesk.CleanResult;
import org.copydesk.io.DiffFormat;
import org.copydesk.io.ResultJson;

/** How a result is written. */
enum OutputFormat {
    TEXT(""), JSON(".json"), JSONL(".jsonl"), DIFF(".diff");

    private final String suffix;

    OutputFormat(String suffix) {
        this.suffix = suffix;
    }

    /** Added to the file name under {@code -o}, so outputs never pass for clean text. */
    String suffix() {
        return suffix;
    }

    String render(CleanResult r, String source) {
        return switch (this) {
            case TEXT -> r.text();
            case JSON -> ResultJson.pretty(r, source) + "\n";
            case JSONL -> ResultJson.line(r, source) + "\n";
            case DIFF -> DiffFormat.render(r, source);
        };
    }
}
