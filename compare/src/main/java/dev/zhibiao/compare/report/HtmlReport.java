package dev.zhibiao.compare.report;

import dev.zhibiao.compare.Comparison;

/** Placeholder until the page is written. */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(Comparison c) {
        return "<!doctype html><html><body><pre>" + c + "</pre></body></html>";
    }
}
