package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * What the whole document says about its own capitals, for the casing rules: the
 * paragraphs that capitalise common words mid-sentence (verse run together, or a writer's
 * capitals), whether it names things by capital letters, and how its sentences read up to a
 * word (running text or a title). Each is gathered in one pass over the document when first asked for:
 * asked about every candidate, a scan each time would make a document of thousands of
 * candidates quadratic.
 */
final class CasingEvidence {
    private final Document doc;
    private Map<Integer, List<Token>> byParagraph;
    private final Map<Integer, List<Token>> nonNouns = new HashMap<>();
    private Boolean letterLabels;
    /** Content words (no function word, no "I") up to each word: lower-case, and capitalised. */
    private int[] lowerContent;
    private int[] capitalContent;

    CasingEvidence(Document doc) {
        this.doc = doc;
    }

    /**
     * The paragraph capitalises common words mid-sentence more than once ("in the
     * evening And no man", "excellent To have"): verse lines run together, or a writer's
     * own capitals, not one slip of a translation. A capital the document writes more
     * often than the lower-case form ("our Government", "the Nation") is a house style
     * and no sign of verse.
     */
    boolean verseLike(int paragraph) {
        return of(paragraph).size() >= 2;
    }

    /**
     * Word {@code besides} aside, the paragraph capitalises a word mid-sentence that can be
     * no noun ("And", "To", "Shall"): run-together verse or a writer's capitals. Nouns are
     * not counted: a capital "Administration" or "Nation" is an institution's or a style's.
     */
    Optional<Token> otherNonNoun(int paragraph, int besides) {
        return nonNouns.computeIfAbsent(paragraph, p -> of(p).stream()
                        .filter(t -> CasingRules.functionWord(doc, t) || CasingRules.commonNonNoun(doc, t.text()))
                        .toList())
                .stream().filter(t -> t.index() != besides).findFirst();
    }

    /**
     * The document names things by capital letters ("A plunders from B", "from A to B"):
     * a "B" standing alone after a lower-case word or at a sentence's start says "A" is one
     * of them. "Part B", "Plan B" or "Hepatitis B" name one thing and say nothing of "A".
     */
    boolean letterLabels() {
        if (letterLabels == null) {
            TextView view = doc.view;
            boolean found = false;
            for (int k = 0; k < view.size() && !found; k++) {
                Token t = view.get(k);
                found = t.text().equals("B") && (k == 0 || view.sentenceStart(t.sentence()) == k
                        || !view.get(k - 1).capitalised());
            }
            letterLabels = found;
        }
        return letterLabels;
    }

    /**
     * The sentence up to word k reads as running text, not a title run into the next
     * sentence ("The Guy on the Right Doesn't Stand a Chance The guy", "attributed to Mark
     * Twain For example"): its content words after the first are more often lower-case
     * than capitalised, and one at least is. Counted from running totals taken once: a scan
     * of the sentence per candidate was quadratic in a long one.
     */
    boolean runningText(int k) {
        if (lowerContent == null) {
            countContentWords();
        }
        TextView view = doc.view;
        int from = view.sentenceStart(view.get(k).sentence());
        int lower = lowerContent[k + 1] - lowerContent[from + 1];
        int capital = capitalContent[k + 1] - capitalContent[from + 1];
        return lower > 0 && lower > capital;
    }

    private void countContentWords() {
        TextView view = doc.view;
        lowerContent = new int[view.size() + 1];
        capitalContent = new int[view.size() + 1];
        for (int j = 0; j < view.size(); j++) {
            Token t = view.get(j);
            boolean content = !CasingRules.functionWord(doc, t) && !t.text().equals("I")
                    && Character.isLetter(t.text().charAt(0));
            lowerContent[j + 1] = lowerContent[j] + (content && t.lowerCase() ? 1 : 0);
            capitalContent[j + 1] = capitalContent[j] + (content && !t.lowerCase() ? 1 : 0);
        }
    }

    private List<Token> of(int paragraph) {
        if (byParagraph == null) {
            byParagraph = new HashMap<>();
            TextView view = doc.view;
            for (int k = 1; k + 1 < view.size(); k++) {
                Token t = view.get(k);
                if (t.capitalised() && !t.allCaps() && !t.text().equals("I") && CasingRules.lineJoin(view, k)
                        && !doc.analysis.startsSentence(t.start()) && view.get(k - 1).lowerCase()
                        && view.get(k + 1).lowerCase() && view.sameSentence(k - 1, k)
                        && !CasingRules.properNoun(doc, t) && !CasingRules.houseStyle(doc, t)) {
                    byParagraph.computeIfAbsent(t.paragraph(), p -> new ArrayList<>()).add(t);
                }
            }
        }
        return byParagraph.getOrDefault(paragraph, List.of());
    }
}
