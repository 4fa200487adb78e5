// Compare the bundled plans with the national outline and their provinces:
//   jshell --class-path examples/target/zhibiao.jar examples/jshell/compare.jsh
import dev.zhibiao.corpus.*;
import dev.zhibiao.extract.*;
import dev.zhibiao.compare.*;
import java.nio.file.*;

var corpus = Corpus.bundled();
var cmp = Comparison.of(corpus.documents()).against(Benchmarks.national()).againstOwnRegions();
System.out.println(cmp);

// One indicator across the districts
System.out.println(cmp.byIndicator().get("新生儿死亡率"));

// Tidy CSV for pandas or R, and the HTML report
var dir = Files.createTempDirectory("zhibiao");
cmp.write(dir.resolve("compare.csv"));
cmp.write(dir.resolve("compare.html"));
System.out.println("wrote " + dir.resolve("compare.csv") + " and " + dir.resolve("compare.html"));
/exit
