// zhibiao quickstart: jshell --class-path examples/target/zhibiao.jar examples/jshell/quickstart.jsh
import dev.zhibiao.corpus.*;
import dev.zhibiao.extract.*;
import dev.zhibiao.model.*;

var corpus = Corpus.bundled();
System.out.println(corpus);

var extractor = Extractor.create();
var dongguan = extractor.extract(corpus.document("东莞市"));
System.out.println(dongguan);

// The health goals only, as a smaller table
System.out.println(dongguan.records().stream().filter(t -> t.domain() == Domain.HEALTH).count() + " health records");
/exit
