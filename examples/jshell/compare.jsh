// Compare the bundled plans with the national outline and their provinces:
//   jshell --class-path examples/target/zhibiao.jar examples/jshell/compare.jsh
import dev.zhibiao.corpus.*;
import dev.zhibiao.extract.*;
import dev.zhibiao.compare.*;
import java.nio.file.*;

var corpus = Corpus.bundled();
var cmp = Comparison.of(corpus.documents()).against(Benchmarks.national()).againstOwnRegions();
System.out.println(cmp);                      // the text report, in Chinese

// One indicator across the districts: 新华区's 2025 step is judged on the outline's path to its 2030 goal
for (var a : cmp.byIndicator().get("儿童伤害死亡率")) {
    System.out.println(a.district() + " " + a.year() + " " + a.planText() + " vs " + a.benchmark().label() + " "
            + a.referenceText() + " → " + a.verdict().label(ReportLanguage.ZH) + "：" + a.reason(ReportLanguage.ZH));
}

// Tidy CSV for pandas or R, and the HTML report in Chinese and in English
var dir = Files.createTempDirectory("zhibiao");
cmp.write(dir.resolve("compare.csv"));
cmp.write(dir.resolve("compare.html"));
cmp.write(dir.resolve("compare-en.html"), ReportLanguage.EN);
System.out.println("wrote " + dir.resolve("compare.csv") + ", " + dir.resolve("compare.html") + " and "
        + dir.resolve("compare-en.html"));
/exit
