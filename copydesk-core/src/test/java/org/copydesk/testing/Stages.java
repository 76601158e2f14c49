package org.copydesk.testing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.core.StageCatalog;

/** Options that run some stages alone, so a test measures what those stages do and nothing else. */
public final class Stages {
    private Stages() {
    }

    /** The default options with every stage but {@code ids} disabled. */
    public static CleanOptions only(String... ids) {
        return only(CleanOptions.defaults(), ids);
    }

    /** {@code base} with every stage but {@code ids} disabled. */
    public static CleanOptions only(CleanOptions base, String... ids) {
        Set<String> others = new HashSet<>(StageCatalog.ids());
        List.of(ids).forEach(others::remove);
        return base.withDisabledStages(others);
    }
}
