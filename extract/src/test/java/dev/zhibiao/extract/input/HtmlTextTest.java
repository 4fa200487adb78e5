package dev.zhibiao.extract.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's main text: blocks as lines, data tables as rows of tab-led cells, page furniture left out. */
class HtmlTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "blocks and breaks => <div>一、儿童与健康<br>（一）主要目标</div><p>覆盖率达到<b>95%</b>以上。</p>"
                    + " => 一、儿童与健康|（一）主要目标|覆盖率达到95%以上。",
            "script and style => <script>var x='99%';</script><style>p{}</style><p>达到90%。</p><noscript>请启用</noscript>"
                    + " => 达到90%。",
            "navigation by name => <ul class='top-menu'><li>首页</li><li>政务公开</li></ul><p>儿童健康水平不断提高，"
                    + "覆盖率达到95%以上。</p><div id='footer'>版权所有</div>"
                    + " => 儿童健康水平不断提高，覆盖率达到95%以上。",
            "named block with the text is kept => <div class='nav'><p>儿童健康水平不断提高。</p></div><p>首页</p>"
                    + " => 儿童健康水平不断提高。|首页",
            "article chosen => <div>相关链接：政策解读</div><article><h1>规划</h1><p>儿童健康水平不断提高，"
                    + "覆盖率达到95%以上。</p></article><div>上一篇</div>"
                    + " => 规划|儿童健康水平不断提高，覆盖率达到95%以上。",
            "table rows => <table><tr><th>指标</th><th>目标</th></tr><tr><td>入园率<br>（%）</td><td>≥ 95</td></tr></table>"
                    + " => \\t指标|\\t目标||\\t入园率（%）|\\t≥95|",
            "rowspan keeps columns => <table><tr><td rowspan='2'>健康</td><td>1</td><td>≤8</td></tr>"
                    + "<tr><td>2</td><td>≥95</td></tr></table>"
                    + " => \\t健康|\\t1|\\t≤8||\\t|\\t2|\\t≥95|",
            "layout table => <table><tr><td><p>一、总体要求</p><table><tr><td>序号</td><td>指标</td></tr></table>"
                    + "<p>二、主要目标</p></td></tr></table>"
                    + " => 一、总体要求|\\t序号|\\t指标||二、主要目标",
            "preformatted => <pre>第一行\\n第二行</pre>"
                    + " => 第一行|第二行",
    })
    void converts(String what, String html, String expected) {
        String want = expected.strip().replace("\\t", "\t").replace('|', '\n') + "\n";
        assertEquals(want, HtmlText.convert("<html><body>" + html.replace("\\n", "\n") + "</body></html>"), what);
    }
}
