package org.copydesk.batch.report;

/**
 * Something to show over the input text: an edit, a removed block or a
 * finding, with its input span and what the filters look at.
 */
record Mark(Kind kind, int start, int end, String family, double confidence, String stage, String rule,
            String replacement, String note, int seq) {

    enum Kind { EDIT, REMOVED, FINDING }

    boolean contains(Mark other) {
        return other.start >= start && other.end <= end;
    }

    /** The tooltip: where it came from, how sure, and why. */
    String title(String original) {
        StringBuilder sb = new StringBuilder();
        sb.append(stage == null ? "" : stage + "/").append(rule).append(" · ").append(family)
                .append(String.format(java.util.Locale.ROOT, " · confidence %.2f", confidence));
        if (kind == Kind.EDIT) {
            sb.append("\n“").append(Html.abbreviate(original, 120)).append("” → “")
                    .append(Html.abbreviate(replacement, 120)).append('”');
        } else if (kind == Kind.FINDING && replacement != null) {
            sb.append("\nsuggestion: “").append(Html.abbreviate(replacement, 120)).append('”');
        }
        if (note != null && !note.isEmpty()) {
            sb.append('\n').append(Html.abbreviate(note, 300));
        }
        return sb.toString();
    }
}
