package dev.zhibiao.bench;

import dev.zhibiao.corpus.Corpus;
import dev.zhibiao.error.DataException;
import dev.zhibiao.model.Document;
import dev.zhibiao.model.Level;
import dev.zhibiao.model.Region;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Documents made from the bundled texts for the scale run: the n-th document takes the n-th source text (round
 * robin), names other regions below the province, and moves its figures a little, so that no two are alike and
 * each still reads as a plan. Documents are made one at a time as they are asked for, never all held at once.
 *
 * <pre>{@code
 * var gen = DocumentGenerator.of(Corpus.bundled());
 * gen.document(7).region();          // a generated district in a real province
 * gen.stream(10_000).forEach(...);   // lazily, one document at a time
 * }</pre>
 */
public final class DocumentGenerator {
    /** A figure written in ASCII digits, with its decimals. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /**
     * Characters before or after a number that make it part of a date, a range, a ratio, a time, a list label
     * or an age bound (5岁以下, which names an indicator) rather than a figure to move.
     */
    private static final String KEPT_AFTER = "-—–~～:：.．、）)/年月日岁至到";
    private static final String KEPT_BEFORE = "-—–~～:：.．（(/第";

    private final List<Document> sources;
    private final long seed;
    private final List<String> placeCharacters;

    private DocumentGenerator(List<Document> sources, long seed) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no source documents to generate from");
        this.sources = List.copyOf(sources);
        this.seed = seed;
        this.placeCharacters = placeCharacters();
    }

    /** A generator over every document of {@code corpus}, with a fixed seed so runs can be repeated. */
    public static DocumentGenerator of(Corpus corpus) {
        return new DocumentGenerator(corpus.documents(), 20_211_030L);
    }

    /** A generator over {@code sources} with the given seed. */
    public static DocumentGenerator of(List<Document> sources, long seed) {
        return new DocumentGenerator(sources, seed);
    }

    /** The first {@code n} documents, made lazily as the stream is consumed. */
    public Stream<Document> stream(int n) {
        return IntStream.range(0, n).mapToObj(this::document);
    }

    /** The {@code index}-th document; the same index always gives the same document. */
    public Document document(int index) {
        if (index < 0) throw new IllegalArgumentException("index must not be negative: " + index);
        Document source = sources.get(index % sources.size());
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Map<String, String> renames = new LinkedHashMap<>();
        Region region = rename(source.region(), index, 0, renames);
        String text = moveFigures(replaceAll(source.text(), renames), random);
        String id = String.format("gen-%05d-%s", index, source.id());
        return new Document(id, replaceAll(source.title(), renames), region, source.period(), source.type(),
                id + ".txt", text);
    }

    /**
     * The region with every link below the province renamed (the province stays, so provincial benchmarks still
     * apply); {@code depth} counts links from the bottom, so that the district and its city get different names. Each old name (and its stem without the level suffix)
     * is recorded in {@code renames} with its new one.
     */
    private Region rename(Region r, int index, int depth, Map<String, String> renames) {
        if (r == null) return null;
        Region parent = rename(r.parent(), index, depth + 1, renames);
        if (!r.level().isAbove(Level.CITY)) {
            String stem = placeName(index, depth);
            String suffix = suffix(r.name());
            String name = stem + suffix;
            renames.put(r.name(), name);
            String oldStem = r.name().substring(0, r.name().length() - suffix.length());
            if (oldStem.length() >= 2 && !suffix.isEmpty()) renames.put(oldStem, stem);
            return new Region(name, r.level(), parent);
        }
        return new Region(r.name(), r.level(), parent);
    }

    /**
     * Two characters chosen by the document's index. The index is spread by a large prime so that neighbouring
     * documents differ in both characters, and the names repeat only after every pair has been used.
     */
    private String placeName(int index, int depth) {
        int k = placeCharacters.size();
        int n = (int) Math.floorMod(index * 7919L + depth * 104_729L, (long) k * k);
        String first = placeCharacters.get(n / k);
        String second = placeCharacters.get(n % k);
        return first.equals(second) ? first + placeCharacters.get((n + 1) % k) : first + second;
    }

    private static String suffix(String name) {
        char last = name.charAt(name.length() - 1);
        return "省市区县州旗".indexOf(last) >= 0 && name.length() > 2 ? String.valueOf(last) : "";
    }

    private static String replaceAll(String text, Map<String, String> renames) {
        if (renames.isEmpty()) return text;
        List<String> olds = new ArrayList<>(renames.keySet());
        olds.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String o : olds) alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(o));
        Matcher m = Pattern.compile(alternatives.toString()).matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(renames.get(m.group())));
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Changes the last digit of each figure, leaving years, dates, ranges, list labels, ages, zeros and whole hundreds
     * alone: those carry structure, not measured values, and moving them could turn a range around.
     */
    static String moveFigures(String text, SplittableRandom random) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String figure = m.group();
            sb.append(text, last, m.start());
            sb.append(keep(text, m.start(), m.end(), figure) ? figure : nudge(figure, random));
            last = m.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    private static boolean keep(String text, int start, int end, String figure) {
        if (start > 0 && KEPT_BEFORE.indexOf(text.charAt(start - 1)) >= 0) return true;
        if (end < text.length() && KEPT_AFTER.indexOf(text.charAt(end)) >= 0) return true;
        if (figure.length() == 4 && (figure.startsWith("19") || figure.startsWith("20"))) return true;
        return figure.equals("0") || figure.equals("100") || figure.matches("0?\\.0*|0+");
    }

    private static String nudge(String figure, SplittableRandom random) {
        int i = figure.length() - 1;
        int digit = figure.charAt(i) - '0';
        boolean leading = i == 0;
        int next;
        do {
            next = random.nextInt(leading ? 1 : 0, 10);
        } while (next == digit);
        return figure.substring(0, i) + (char) ('0' + next);
    }

    private static List<String> placeCharacters() {
        String resource = "place-characters.txt";
        try (InputStream in = DocumentGenerator.class.getResourceAsStream(resource)) {
            if (in == null) throw new DataException(resource, "not on the class path beside DocumentGenerator");
            List<String> out = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
            if (out.size() < 2) throw new DataException(resource, "needs at least two characters");
            return out;
        } catch (IOException e) {
            throw new DataException(resource, "cannot be read: " + e.getMessage(), e);
        }
    }
}
