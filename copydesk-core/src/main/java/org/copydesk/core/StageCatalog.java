package org.copydesk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The stages in pipeline order. Adding a stage is one line here; each stage
 * builds cheaply and loads its heavy data on first use (or on warm-up).
 */
public final class StageCatalog {
    private record Entry(String id, Function<Resources, Stage> factory) {
    }

    private static final List<Entry> ORDER = List.of(
            new Entry("decode", r -> new org.copydesk.stage.decode.DecodeStage()),
            new Entry("encoding", r -> new org.copydesk.stage.encoding.EncodingStage(r)),
            new Entry("markup", r -> new org.copydesk.stage.markup.MarkupStage()),
            new Entry("unicode", r -> new org.copydesk.stage.unicode.UnicodeStage(r)),
            new Entry("blocks", org.copydesk.stage.blocks.BlocksStage::new),
            new Entry("spacing", r -> new org.copydesk.stage.spacing.SpacingStage(r)),
            new Entry("artifacts", r -> new org.copydesk.stage.artifacts.ArtifactsStage(r)),
            new Entry("foreign", r -> new org.copydesk.stage.foreign.ForeignStage(r)),
            new Entry("names", r -> new org.copydesk.stage.names.NamesStage(r)),
            new Entry("grammar", r -> new org.copydesk.stage.grammar.GrammarStage(r))
    );

    private StageCatalog() {
    }

    public static List<String> ids() {
        return ORDER.stream().map(Entry::id).toList();
    }

    public static List<Stage> create(Resources resources) {
        List<Stage> out = new ArrayList<>();
        for (Entry e : ORDER) {
            Stage stage = e.factory().apply(resources);
            if (!stage.id().equals(e.id())) {
                throw new IllegalStateException("stage " + e.id() + " reports id " + stage.id());
            }
            out.add(stage);
        }
        return out;
    }
}
