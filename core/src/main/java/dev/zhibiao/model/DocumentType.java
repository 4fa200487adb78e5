package dev.zhibiao.model;

import java.util.Locale;

/**
 * What a document is: a plan with targets, a monitoring report or an evaluation with observed values, a news
 * item (about a plan or about statistics), or benchmark facts.
 */
public enum DocumentType {
    PLAN, MONITORING_REPORT, EVALUATION, NEWS, BENCHMARK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentType of(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (c.equals("report")) return MONITORING_REPORT;
        for (DocumentType t : values()) {
            if (t.code().equals(c)) return t;
        }
        throw new IllegalArgumentException("unknown document type: " + code);
    }
}
