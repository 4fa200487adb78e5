package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever bytes come in, {@link Inputs} gives text or an {@link InputException} naming the input. The documents
 * to damage are built when a property first asks for them, not when the class loads: a fixture that cannot be
 * built fails its own property and no other.
 */
class InputsFuzzTest {
    private static final String PLAN = Fixtures.planText();
    private static final List<String> CHARSETS = List.of("UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "UTF-16");

    @Property(tries = 300)
    void randomBytes(@ForAll byte[] bytes, @ForAll("names") String name) {
        check(name, bytes);
    }

    @Property(tries = 300)
    void damagedDocuments(@ForAll("damaged") byte[] bytes, @ForAll("names") String name) {
        check(name, bytes);
    }

    @Property(tries = 100)
    void damagedPdfs(@ForAll("damagedPdf") byte[] bytes, @ForAll("names") String name) {
        check(name, bytes);
    }

    @Provide
    Arbitrary<byte[]> damagedPdf() {
        return damage(Arbitraries.just(Fixtures.pdf(Fixtures.paragraphsOnly(PLAN))));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("plan.txt", "plan.html", "plan.docx", "plan.pdf", "plan", "规划.TXT");
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] docx = Fixtures.docx(PLAN);
        byte[] html = Fixtures.html(PLAN, "utf-8").getBytes(Charset.forName("UTF-8"));
        return damage(Arbitraries.oneOf(Arbitraries.of(CHARSETS).map(cs -> PLAN.getBytes(Charset.forName(cs))),
                Arbitraries.just(docx), Arbitraries.just(html)));
    }

    /** A truncated download, one byte changed, or a run of bytes zeroed, somewhere in the source. */
    private static Arbitrary<byte[]> damage(Arbitrary<byte[]> source) {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 2);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return Combinators.combine(source, where, op, value).as((b, w, o, v) -> {
            byte[] copy = b.clone();
            int at = (int) (w * (copy.length - 1));
            return switch (o) {
                case 0 -> Arrays.copyOf(copy, at);                  // truncated download
                case 1 -> {                                          // one byte changed
                    copy[at] = v;
                    yield copy;
                }
                default -> {                                         // a run of bytes zeroed
                    Arrays.fill(copy, at, Math.min(copy.length, at + 64), (byte) 0);
                    yield copy;
                }
            };
        });
    }

    private static void check(String name, byte[] bytes) {
        String text;
        try {
            text = Inputs.text(name, bytes, InputLimits.DEFAULT);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(name + ": "), "the error should name the input: " + e.getMessage());
            return;
        }
        assertFalse(text.isBlank(), "text read should not be blank");
        assertFalse(text.indexOf('\r') >= 0, "line breaks should be uniform");
    }
}
