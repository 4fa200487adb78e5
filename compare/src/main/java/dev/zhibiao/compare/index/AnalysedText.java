package dev.zhibiao.compare.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens an analyzer made of a text, kept to be indexed later, on another thread. Analysis (smartcn
 * above all) is most of the cost of indexing; done ahead like this it runs on several threads, while the
 * writer still takes documents one after the other, so that the index does not depend on which thread
 * was quicker. Replays the term, position increment and offsets of each token, which is all a field
 * indexed with positions reads; a replay is single use, as the writer consumes it once.
 */
final class AnalysedText extends TokenStream {
    /** The terms one after the other; term i ends at {@code termEnds[i]}. */
    private final char[] chars;
    private final int[] termEnds;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final int finalOffset;
    private final int finalIncrement;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    private AnalysedText(char[] chars, int[] termEnds, int[] increments, int[] starts, int[] ends, int size,
                         int finalOffset, int finalIncrement) {
        this.chars = chars;
        this.termEnds = termEnds;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** {@code text} as {@code analyzer} analyses it for {@code field}, now, on the calling thread. */
    static AnalysedText of(Analyzer analyzer, String field, String text) {
        int cap = Math.max(8, text.length());
        StringBuilder chars = new StringBuilder(2 * cap);
        int[] termEnds = new int[cap];
        int[] increments = new int[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == termEnds.length) {
                    termEnds = Arrays.copyOf(termEnds, 2 * n);
                    increments = Arrays.copyOf(increments, 2 * n);
                    starts = Arrays.copyOf(starts, 2 * n);
                    ends = Arrays.copyOf(ends, 2 * n);
                }
                chars.append(t.buffer(), 0, t.length());
                termEnds[n] = chars.length();
                increments[n] = inc.getPositionIncrement();
                starts[n] = off.startOffset();
                ends[n] = off.endOffset();
                n++;
            }
            ts.end();
            char[] all = new char[chars.length()];
            chars.getChars(0, all.length, all, 0);
            // A batch holds many of these until its commit: keep no spare room.
            return new AnalysedText(all, Arrays.copyOf(termEnds, n), Arrays.copyOf(increments, n),
                    Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), n, off.endOffset(), inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= size) return false;
        clearAttributes();
        int from = next == 0 ? 0 : termEnds[next - 1];
        term.copyBuffer(chars, from, termEnds[next] - from);
        increment.setPositionIncrement(increments[next]);
        offset.setOffset(starts[next], ends[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(finalIncrement);
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
