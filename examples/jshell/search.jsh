// Search the bundled plans' measures:
//   jshell --class-path examples/target/zhibiao.jar examples/jshell/search.jsh
import dev.zhibiao.corpus.*;
import dev.zhibiao.extract.*;
import dev.zhibiao.compare.index.*;

var corpus = Corpus.bundled();
var index = MeasureIndex.inMemory(corpus, Extractor.create());
System.out.println(index.search("近视 防控").limit(5));

// With the number of matches per region and per plan area
System.out.println(index.search("托育").facets());

// Which measures of one plan restate another plan's wording
System.out.println(index.reuseReport("东莞市"));
index.close();
/exit
