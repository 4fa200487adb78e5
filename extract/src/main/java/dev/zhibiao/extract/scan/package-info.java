/**
 * Cheap scans shared by the stages: a list of literal words found as the alternation of them would find them,
 * through an index of their first characters ({@link dev.zhibiao.extract.scan.WordScan}); and a pattern whose
 * alternatives each open with a literal character, passed over with one scan of a text holding none of those
 * characters ({@link dev.zhibiao.extract.scan.OpeningGuard}). Both answer exactly as the plain pattern does;
 * only their cost differs.
 */
package dev.zhibiao.extract.scan;
