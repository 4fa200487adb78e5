package dev.zhibiao.compare.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How measure text is cut for search. The index holds overlapping character pairs: a word of any length is
 * found as the run of its pairs, wherever it is written alike, including words no dictionary knows (托育,
 * 防控, 家风). smartcn cuts only the query, into the words that may also be found apart; it is the
 * costliest step of indexing by far (about three in five parts of the time), and its cuts added little
 * that the pairs do not find. Both analyzers are stateless and shared by all threads.
 */
final class IndexAnalyzers {
    /** The stored text of an entry, as written. */
    static final String TEXT = "text";
    /**
     * Overlapping character pairs of a measure item's text as the extractor reads it. Target records have their
     * own field ({@link #bigrams(Measure.Type)}): a word's rarity and an entry's usual length are counted per
     * field, and a short target quoting 近视率 should not make 近视 look common among measures.
     */
    static final String BIGRAM = "bigram";
    static final String TARGET_BIGRAM = "bigram_target";

    /** Words, for cutting a query's parts; never used on indexed text. */
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

    private IndexAnalyzers() {
    }

    /** The field holding the character pairs of entries of this type. */
    static String bigrams(Measure.Type type) {
        return type == Measure.Type.TARGET ? TARGET_BIGRAM : BIGRAM;
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
