package dev.zhibiao.compare.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two views of measure text. smartcn gives words where its dictionary knows them, but breaks
 * words it does not know (托育, 防控, 家风) into single characters and may cut the same word differently
 * in a query and in a sentence; character bigrams match such words wherever they are written alike.
 * Both analyzers are stateless and shared by all threads.
 */
final class IndexAnalyzers {
    /** Words from smartcn. */
    static final String TEXT = "text";
    /** Overlapping character pairs. */
    static final String BIGRAM = "bigram";

    static final Analyzer SMARTCN = new SmartChineseAnalyzer();
    static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new CJKBigramFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };
    /** smartcn for {@link #TEXT}, bigrams for {@link #BIGRAM}, keywords elsewhere (they are not analysed). */
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(SMARTCN, Map.of(BIGRAM, BIGRAMS));

    private IndexAnalyzers() {
    }

    /** The terms {@code analyzer} makes of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
