package dev.zhibiao.extract.normalize;

/** One normalisation step. Implementations are stateless and shared between threads. */
interface TextRule {
    /** The text after this rule, its offsets still pointing at the original. */
    NormalizedText apply(NormalizedText in);
}
