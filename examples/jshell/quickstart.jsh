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

// A page read bare: what it is, whose and when come from its own words, each with its evidence
var page = extractor.extract("某省儿童健康水平稳步提升\n2023-05-20 来源：某报\n"
        + "记者从浙江省统计局获悉，2022年全省婴儿死亡率为2.1‰，比上年下降0.2个千分点。");
System.out.println(page.profile());
System.out.println(page.profile().evidence());

// Why each record was made
System.out.println(page.explain());
/exit
