package org.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.Removed;

/**
 * A slow, independent check of a result's edit log, sharing no code with
 * {@code Draft} or {@code OffsetMap}: it replays the log forwards over the input
 * while tracking, for every character of the text, the input offset it was
 * copied from (or -1 once an edit wrote it). From that it knows where each
 * edit's untouched characters came from and checks the recorded input span
 * against it. Returns the problems found (empty when the log is right).
 */
public final class EditLogReference {
    private EditLogReference() {
    }

    public static List<String> problems(CleanResult r) {
        List<String> problems = new ArrayList<>();
        String input = r.input();
        StringBuilder text = new StringBuilder(input);
        List<Integer> source = new ArrayList<>(input.length());
        for (int i = 0; i < input.length(); i++) {
            source.add(i);
        }
        for (int k = 0; k < r.edits().size(); k++) {
            Edit e = r.edits().get(k);
            String label = "edit " + k + " " + e.rule() + " [" + e.start() + "," + e.end() + ") at " + e.at();
            if (e.start() < 0 || e.start() > e.end() || e.end() > input.length()) {
                problems.add(label + ": input span outside the input (length " + input.length() + ")");
                return problems;
            }
            if (!input.substring(e.start(), e.end()).equals(e.original())) {
                problems.add(label + ": original \"" + e.original() + "\" but the input there reads \""
                        + input.substring(e.start(), e.end()) + "\"");
            }
            int at = e.at();
            int len = e.before().length();
            if (at < 0 || at + len > text.length() || !text.substring(at, at + len).equals(e.before())) {
                problems.add(label + ": before \"" + e.before() + "\" is not the text at " + at
                        + " when the edit was applied");
                return problems;
            }
            checkSpan(e, label, source.subList(at, at + len), at, source, input.length(), problems);
            text.replace(at, at + len, e.replacement());
            List<Integer> written = new ArrayList<>();
            for (int i = 0; i < e.replacement().length(); i++) {
                written.add(-1);
            }
            source.subList(at, at + len).clear();
            source.addAll(at, written);
        }
        if (!text.toString().equals(r.text())) {
            problems.add("replaying the log forwards over the input does not give the output");
        }
        StringBuilder back = new StringBuilder(r.text());
        for (int k = r.edits().size() - 1; k >= 0; k--) {
            Edit e = r.edits().get(k);
            int end = e.at() + e.replacement().length();
            if (end > back.length() || !back.substring(e.at(), end).equals(e.replacement())) {
                problems.add("edit " + k + ": replacement not found at " + e.at() + " replaying backwards");
                return problems;
            }
            back.replace(e.at(), end, e.before());
        }
        if (!back.toString().equals(input)) {
            problems.add("replaying the log backwards over the output does not give the input");
        }
        for (Finding f : r.findings()) {
            if (f.start() < 0 || f.start() > f.end() || f.end() > input.length()) {
                problems.add("finding " + f.rule() + " [" + f.start() + "," + f.end() + ") outside the input");
            }
        }
        for (Removed b : r.removed()) {
            if (b.start() < 0 || b.end() > input.length() || !input.substring(b.start(), b.end()).equals(b.text())) {
                problems.add("removed " + b.rule() + " [" + b.start() + "," + b.end() + ") is not its text in the input");
            }
        }
        return problems;
    }

    /**
     * The input span must cover every input character the edit replaced; when
     * the edit touched only untouched, contiguous characters it must be exactly
     * their span; an insertion between two untouched neighbours sits between them.
     */
    private static void checkSpan(Edit e, String label, List<Integer> replaced, int at, List<Integer> source,
                                  int inputLength, List<String> problems) {
        boolean allCopied = true;
        for (int k = 0; k < replaced.size(); k++) {
            int src = replaced.get(k);
            if (src < 0) {
                allCopied = false;
            } else if (src < e.start() || src >= e.end()) {
                problems.add(label + ": replaces input character " + src + " outside its span");
                return;
            }
            if (k > 0 && (src < 0 || replaced.get(k - 1) < 0 || src != replaced.get(k - 1) + 1)) {
                allCopied = false;
            }
        }
        if (!replaced.isEmpty() && allCopied) {
            int first = replaced.get(0);
            int last = replaced.get(replaced.size() - 1);
            if (e.start() != first || e.end() != last + 1) {
                problems.add(label + ": replaces input [" + first + "," + (last + 1) + ") untouched, but records ["
                        + e.start() + "," + e.end() + ")");
            }
        }
        if (replaced.isEmpty()) {
            int prev = at > 0 ? source.get(at - 1) : -2;
            int next = at < source.size() ? source.get(at) : -2;
            boolean prevOk = at == 0 || prev >= 0;
            boolean nextOk = at == source.size() || next >= 0;
            int expected = at == 0 ? 0 : prev + 1;
            boolean neighbours = prevOk && nextOk && (at == source.size() ? prev + 1 == inputLength : at == 0 ? next == 0 : next == prev + 1);
            if (neighbours && (e.start() != expected || e.end() != expected)) {
                problems.add(label + ": insertion between untouched input characters at " + expected
                        + " records [" + e.start() + "," + e.end() + ")");
            }
        }
    }
}
