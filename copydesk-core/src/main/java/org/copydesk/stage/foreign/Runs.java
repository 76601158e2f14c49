package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a sentence's foreign units into runs: maximal stretches joined by
 * spaces only. Function words belong to a run only inside it ("presidente del
 * gobierno"), except a leading article ("el líder ruso") and function words
 * distinctive enough to stand alone ("según").
 */
final class Runs {
    private Runs() {
    }

    static List<List<Unit>> of(Sentence s, Unit[] units) {
        List<List<Unit>> out = new ArrayList<>();
        List<Unit> cur = new ArrayList<>();
        for (int i = 0; i < units.length; ) {
            Unit u = units[i];
            boolean joined = !cur.isEmpty() && s.spacedOnly(cur.get(cur.size() - 1).last(), u.first());
            if (u.foreign() && (cur.isEmpty() || joined)) {
                cur.add(u);
            } else {
                trimAndAdd(cur, out);
                cur = new ArrayList<>();
                if (u.foreign()) {
                    cur.add(u);
                }
            }
            i = u.last() + 1;
        }
        trimAndAdd(cur, out);
        return out;
    }

    private static void trimAndAdd(List<Unit> run, List<List<Unit>> out) {
        int a = 0;
        int b = run.size() - 1;
        while (a <= b && edgeFunction(run.get(a)) && !(run.get(a).isArticle() && a < b)) {
            a++;
        }
        while (b >= a && edgeFunction(run.get(b))) {
            b--;
        }
        if (a <= b) {
            out.add(new ArrayList<>(run.subList(a, b + 1)));
        }
    }

    private static boolean edgeFunction(Unit u) {
        return u.kind() == Unit.Kind.FUNCTION && !u.standaloneFunction();
    }
}
