/**
 * Benchmarks of zhibiao: extraction throughput against HanLP's standard segmentation of the same text,
 * start-up, heap, index build and query latency, and the scale run over generated documents.
 */
package dev.zhibiao.bench;
