package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Features of lines and their place, for the line classifier of issue 12. */
class LineFeaturesTest {
    private static LineFeatures[] features(String text) {
        List<Block> blocks = BlockSplitter.split(text);
        return LineFeatures.of(blocks, CodeBlocks.mark(blocks));
    }

    @Test
    void menuAboveTheStoryIsLabelLikeAndProseIsNot() {
        LineFeatures[] f = features("World » Europe » Politics\n\nThe ministers met in Geneva on Tuesday and agreed to"
                + " resume the talks next month.\n\nShare this article\n");
        assertTrue(f[0].labelLike());
        assertEquals(2, f[0].separators());
        assertEquals(0, f[0].beforeProse());
        assertFalse(f[1].labelLike());
        assertTrue(f[1].sentenceShape());
        assertTrue(f[1].functionWordShare() > 0.2);
        assertEquals(1, f[2].afterProse());
        assertTrue(f[2].isolated());
    }

    @Test
    void codeIsNeverLabelLike() {
        LineFeatures[] f = features("The guard reads:\n\n    #if OLD\n    Use_Fallback\n    #endif\n");
        assertTrue(f[1].code());
        assertFalse(f[2].labelLike());
    }
}
