package dev.zhibiao.bench;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * The peer baseline: HanLP's standard (Viterbi) segmentation of a whole text, the cheapest thing a reader of
 * Chinese plans does with HanLP before any extraction. Extraction's throughput is held against it.
 *
 * <pre>{@code
 * PeerSegmenter.segment("新生儿死亡率降至3‰以下");   // the number of terms
 * }</pre>
 */
public final class PeerSegmenter {
    private PeerSegmenter() {
    }

    /** Segments {@code text} and returns the number of terms, so that the work cannot be skipped. */
    public static int segment(String text) {
        return StandardTokenizer.segment(text).size();
    }
}
