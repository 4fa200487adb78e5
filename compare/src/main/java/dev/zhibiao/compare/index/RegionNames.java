package dev.zhibiao.compare.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The keyword terms of a field, and the region names a user's words designate. */
final class RegionNames {
    private RegionNames() {
    }

    static List<String> terms(IndexReader reader, String field) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) return out;
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) out.add(t.utf8ToString());
        return out;
    }

    /**
     * Indexed region names that {@code query} designates: the name itself, or names that hold it
     * (东莞 → 东莞市). Documents below a region carry its name too, so a province finds its districts.
     */
    static List<BytesRef> matching(IndexReader reader, String query) throws IOException {
        String q = query.strip();
        List<BytesRef> out = new ArrayList<>();
        for (String name : terms(reader, MeasureFields.REGION)) {
            if (name.contains(q)) out.add(new BytesRef(name));
        }
        return out;
    }
}
