package org.copydesk.stage.grammar;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.core.Draft;
import org.copydesk.lexicon.NameLexicon;
import org.languagetool.rules.RuleMatch;

/**
 * Turns LanguageTool matches into draft edits and findings: a match is applied
 * when its rule is allowlisted ({@link AutofixPolicy}), it has exactly one
 * suggestion, and its context gives the evidence {@link FixEvidence} asks for
 * (stated in the edit's reason); everything else is reported with its
 * suggestions, an allowlisted rule's finding with why it was not applied.
 * Spelling matches are only ever reported, and not at all for capitalised,
 * non-ASCII or known-name words (we never spell-correct names or foreign words).
 * A match that touches code (a line of code, a URL, an identifier) is dropped.
 */
final class MatchRecorder {
    private static final String CATEGORY = "grammar";
    private static final Pattern TAGS = Pattern.compile("</?suggestion>");
    private static final Pattern PLAIN_LOWER_WORD = Pattern.compile("[a-z][a-z'’-]*");

    private final Draft draft;
    private final AutofixPolicy policy;
    private final NameLexicon names;
    private final FixEvidence evidence;

    MatchRecorder(Draft draft, AutofixPolicy policy, NameLexicon names, FixEvidence evidence) {
        this.draft = draft;
        this.policy = policy;
        this.names = names;
        this.evidence = evidence;
    }

    /** Records the matches of a check of the text starting at current offset {@code base}. */
    void record(List<RuleMatch> matches, int base) {
        for (RuleMatch m : matches) {
            record(m, base + m.getFromPos(), base + m.getToPos());
        }
    }

    private void record(RuleMatch m, int start, int end) {
        // a command line, a URL or an identifier is no sentence: LanguageTool reads "--feeds feeds.txt" as a
        // repeated word and "tune2fs" as a typo
        if (start < 0 || end > draft.text().length() || start > end || draft.analysis().touchesCode(start, end)) {
            return;
        }
        String id = m.getRule().getId();
        String message = TAGS.matcher(m.getMessage()).replaceAll("\"");
        List<String> suggestions = m.getSuggestedReplacements();
        if (m.getRule().isDictionaryBasedSpellingRule()) {
            String word = draft.text().substring(start, end);
            if (PLAIN_LOWER_WORD.matcher(word).matches() && !names.isNameToken(word)) {
                draft.report(start, end, id, "spelling", AutofixPolicy.FINDING_CONFIDENCE, message,
                        suggestions.isEmpty() ? null : suggestions.get(0));
            }
            return;
        }
        String text = draft.text();
        if (id.equals("EN_A_VS_AN") && ArticleSound.partOfWord(text, start, end)) {
            return; // "Xiong'an": the tokenizer split a name at its apostrophe; there is no article here
        }
        Optional<AutofixPolicy.Fix> fix = policy.autofix(id);
        String withheld = "";
        if (fix.isPresent() && suggestions.size() == 1
                && fix.get().appliesTo(text.substring(start, end), nextWord(text, end))) {
            FixEvidence.Verdict verdict = evidence.judge(m, start, end, suggestions.get(0), draft.analysis());
            if (verdict.apply()) {
                draft.replace(start, end, suggestions.get(0), id, CATEGORY, fix.get().confidence(),
                        message + " Evidence: " + verdict.evidence() + ".");
                return;
            }
            withheld = " Not applied: " + verdict.evidence() + ".";
        }
        String more = suggestions.size() > 1 ? " (also: " + String.join(", ", suggestions.subList(1,
                Math.min(4, suggestions.size()))) + ")" : "";
        draft.report(start, end, id, CATEGORY, AutofixPolicy.FINDING_CONFIDENCE, message + more + withheld,
                suggestions.isEmpty() ? null : suggestions.get(0));
    }

    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
