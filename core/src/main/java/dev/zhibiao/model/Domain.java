package dev.zhibiao.model;

/** The plan area a statement sits in: the outline's seven areas, or 其他 (preamble, implementation …). */
public enum Domain {
    HEALTH("健康"), SAFETY("安全"), EDUCATION("教育"), WELFARE("福利"), FAMILY("家庭"),
    ENVIRONMENT("环境"), LEGAL_PROTECTION("法律保护"), OTHER("其他");

    private final String label;

    Domain(String label) {
        this.label = label;
    }

    /** The Chinese name used in the spec and in JSON ({@code 健康}). */
    public String label() {
        return label;
    }

    /** Reads a label ({@code 健康}) or an enum name ({@code HEALTH}). */
    public static Domain of(String text) {
        String t = text.strip();
        for (Domain d : values()) {
            if (d.label.equals(t) || d.name().equalsIgnoreCase(t)) return d;
        }
        throw new IllegalArgumentException("unknown domain: " + text);
    }

    @Override
    public String toString() {
        return label;
    }
}
