package org.copydesk.stage.artifacts;

import java.util.List;

/** A rule of the stage written in code (the phrase tables cover the rest): adds its hits for one document. */
interface ArtifactRule {
    void find(Document doc, List<Hit> out);
}
