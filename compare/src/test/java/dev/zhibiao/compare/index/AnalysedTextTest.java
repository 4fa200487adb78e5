package dev.zhibiao.compare.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text analysed ahead replays exactly what the analyzer gives the writer: terms, positions, offsets. */
class AnalysedTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "加强托育服务体系建设，发展普惠托育服务",
            "小学生近视率下降到38%以下，初中生近视率下降到60%以下",
            "推进“家风”建设 Family Education 2025年",
            "婴儿死亡率、5岁以下儿童死亡率分别控制在3.0‰和4.0‰以下",
            "。，；",
    })
    void replaysTheAnalyzersTokens(String text) throws IOException {
        for (Analyzer a : List.of(IndexAnalyzers.SMARTCN, IndexAnalyzers.BIGRAMS)) {
            List<String> expected = tokens(a.tokenStream(IndexAnalyzers.TEXT, text));
            List<String> replayed = tokens(AnalysedText.of(a, IndexAnalyzers.TEXT, text));
            assertEquals(expected, replayed, () -> "tokens of " + text + " by " + a);
        }
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', value = {"防溺水安全教育", "''"})
    void canBeReadTwice(String text) throws IOException {
        AnalysedText t = AnalysedText.of(IndexAnalyzers.BIGRAMS, IndexAnalyzers.BIGRAM, text);
        List<String> first = tokens(t);
        assertEquals(first, tokens(t), () -> "a second reading of " + text);
    }

    /** term@position[start,end) of every token, then the final offset and increment. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos + "[" + off.startOffset() + "," + off.endOffset() + ")");
            }
            ts.end();
            out.add("end " + off.endOffset() + " +" + inc.getPositionIncrement());
        }
        return out;
    }
}
