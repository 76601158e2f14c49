package org.copydesk.stage.artifacts;

import java.util.List;
import java.util.Set;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * "The forum, which is celebrated in Baku on 9 May": Spanish "se celebra", French
 * "se tient"/Italian "si celebra" rendered word for word. With an event as
 * subject (@event) English says "is held"; a birthday, an anniversary or a
 * victory (@celebration) is still celebrated. The subject is the word the
 * passive hangs on, reached by walking back over auxiliaries, relative
 * pronouns and a bracketed acronym, and through "of (the) X".
 */
final class CelebratedEventRule implements ArtifactRule {
    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being");
    private static final Set<String> SKIPPED = Set.of("which", "that", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "to", "has", "have", "had", "also", "currently", "usually",
            "normally", "again", "not", "then", "now", "expected", "scheduled", "due", "set", "going", "is",
            "was", "are", "were", "be", "been", "being");
    private static final int MAX_WALK = 8;
    /** Prepositions between a subject's head and its complement ("victory in the election"). */
    private static final Set<String> OWNER_LINKS = Set.of("of", "in", "at", "on", "for", "over", "during", "against");

    @Override
    public void find(Document doc, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 1; i < view.size(); i++) {
            Token t = view.get(i);
            if (!t.lower().equals("celebrated")) {
                continue;
            }
            Token head;
            if (BE.contains(view.get(i - 1).lower()) && view.gapBefore(i).isBlank()) {
                head = subjectHead(view, i - 1);
            } else if (view.gapBefore(i).strip().equals(",")
                    && Condition.wordMatches(doc, view.at(i + 1), i, "in|on|at|from|between|last|this|every|earlier")) {
                // a reduced relative: "the debate, celebrated in the Senate on Thursday, ..."
                head = view.get(i - 1);
            } else {
                continue;
            }
            if (head == null || doc.sets.contains("celebration", head.lower())) {
                continue;
            }
            String replacement = t.capitalised() ? "Held" : "held";
            if (isEvent(doc, head)) {
                out.add(new Hit(t.start(), t.end(), replacement, Rules.FALSE_FRIEND_CELEBRATE, 0.9,
                        "an event is held, not celebrated (Spanish 'se celebra', Italian 'si celebra')", false, false));
            } else if (head.lowerCase() && Condition.wordMatches(doc, view.at(i + 1), i, "on|in|from|between|at|every|each|next|this")) {
                out.add(new Hit(t.start(), t.end(), replacement, Rules.FALSE_FRIEND_CELEBRATE, 0.45,
                        "'is celebrated' of something that may be an event: 'is held'?", true, false));
            }
        }
    }

    private static boolean isEvent(Document doc, Token head) {
        return doc.sets.contains("event", head.lower());
    }

    /** The word the passive's subject ends in, or null when the walk leaves the sentence. */
    private static Token subjectHead(TextView view, int be) {
        int j = be - 1;
        int steps = 0;
        while (j >= 0 && steps++ < MAX_WALK && view.sameSentence(j, be)) {
            Token t = view.get(j);
            String gapAfter = view.gapAfter(j);
            boolean bracketed = view.gapBefore(j).endsWith("(") && gapAfter.startsWith(")");
            if (SKIPPED.contains(t.lower()) || bracketed || t.lower().endsWith("ly") && t.lowerCase()) {
                j--;
                continue;
            }
            // "the summit of the SCO", "the anniversary of the summit", "her victory in the election":
            // the head is the noun before the preposition
            int k = j - 1;
            if (k >= 0 && view.get(k).lower().equals("the")) {
                k--;
            }
            if (k >= 1 && OWNER_LINKS.contains(view.get(k).lower()) && view.sameSentence(k - 1, be)) {
                Token owner = view.get(k - 1);
                if (!t.lowerCase() || owner.lowerCase()) {
                    return owner;
                }
            }
            return t;
        }
        return null;
    }
}
