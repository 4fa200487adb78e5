package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import dev.zhibiao.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan from a file or stream into a {@link Document}, whatever its encoding or format: plain text in
 * UTF-8 (with or without BOM), GB18030/GBK or UTF-16; web pages ({@code .html}, needs jsoup); Word documents
 * ({@code .docx}, needs poi-ooxml); PDFs with a text layer (needs pdfbox). Encoding and format are detected,
 * never asked for. Every problem is an {@link InputException} naming the input and what is wrong, such as
 * {@code plan.txt: not decodable as UTF-8, GB18030, Big5 or UTF-16}. Stateless and safe from any thread.
 *
 * <pre>{@code
 * Document plan = Inputs.read(Path.of("规划.docx"));
 * plan.text();
 * Inputs.decode("plan.txt", Files.readAllBytes(Path.of("plan.txt")));   // just the text
 * Inputs.read(Path.of("big.txt"), InputLimits.DEFAULT.withMaxChars(5_000_000));
 * }</pre>
 */
public final class Inputs {
    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)");

    private Inputs() {
    }

    /** Reads a file as a plan document (id: the file name without extension) within the default limits. */
    public static Document read(Path file) {
        return read(file, InputLimits.DEFAULT);
    }

    /** Reads a file as a plan document within the given limits. */
    public static Document read(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        String input = file.toString();
        if (Files.isDirectory(file)) throw new InputException(input, "is a directory, not a file");
        if (!Files.exists(file)) throw new InputException(input, "no such file");
        // A named pipe or a device would be read until it ends, which may be never: refuse before opening it.
        if (!Files.isRegularFile(file)) {
            throw new InputException(input, "a named pipe, device or socket, not a regular file");
        }
        if (!Files.isReadable(file)) throw new InputException(input, "not readable (permission denied)");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) throw tooManyBytes(input, size, limits);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(input, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(input, "not readable (permission denied)", e);
        } catch (IOException e) {
            throw new InputException(input, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > limits.maxBytes()) throw tooManyBytes(input, bytes.length, limits);
        return Document.of(file.getFileName().toString(), text(input, bytes, limits));
    }

    /** Reads a stream as a plan document named {@code name} (a file name: its extension hints at the format). */
    public static Document read(String name, InputStream in) {
        return read(name, in, InputLimits.DEFAULT);
    }

    /**
     * Reads a stream within the given limits; reading stops at {@code maxBytes}, so an endless stream fails
     * rather than filling memory. The stream is read to its end but not closed.
     */
    public static Document read(String name, InputStream in, InputLimits limits) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        return Document.of(baseName(name), text(name, readBounded(name, in, limits), limits));
    }

    /** The text of a plain-text file's bytes, its encoding detected. */
    public static String decode(String name, byte[] bytes) {
        return decode(name, bytes, InputLimits.DEFAULT);
    }

    /** The text of a plain-text file's bytes within the given limits. */
    public static String decode(String name, byte[] bytes, InputLimits limits) {
        return checked(name, TextDecoder.decode(name, bytes, limits).text(), limits);
    }

    /**
     * The text of a file's bytes in any supported format: decoded, or converted from HTML, DOCX or PDF, with the
     * same checks as {@link #read(Path, InputLimits)}.
     */
    public static String text(String name, byte[] bytes, InputLimits limits) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxBytes()) throw tooManyBytes(name, bytes.length, limits);
        if (bytes.length == 0) throw new InputException(name, "empty file");
        InputFormat format = InputFormat.detect(name, bytes);
        String text;
        try {
            text = convert(name, bytes, format, limits);
        } catch (OutOfMemoryError e) {
            // The limits keep a document's size in bounds, but not the memory its neighbours in a batch take: this
            // input fails, and what it allocated is free again once the error has left the converter.
            throw new InputException(name, "too large to read in the memory available (a heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; java -Xmx raises it)", e);
        }
        LOG.debug("{}: read as {}, {} characters", name, format, text.length());
        return checked(name, text, limits);
    }

    private static String convert(String name, byte[] bytes, InputFormat format, InputLimits limits) {
        return switch (format) {
            case PDF -> {
                requireLibrary(name, "org.apache.pdfbox.Loader", "pdfbox", ".pdf");
                yield PdfText.convert(name, bytes, limits);
            }
            case DOCX -> {
                requireLibrary(name, "org.apache.poi.xwpf.usermodel.XWPFDocument", "poi-ooxml", ".docx");
                yield DocxText.convert(name, bytes, limits);
            }
            case HTML -> {
                if (bytes.length > limits.maxMarkupBytes()) {
                    throw new InputException(name, "too large: a page of " + bytes.length + " bytes; the limit is "
                            + limits.maxMarkupBytes() + " (InputLimits.maxMarkupBytes)");
                }
                yield html(name, htmlSource(name, bytes, markup(limits)));
            }
            case TEXT -> {
                String decoded = TextDecoder.decode(name, bytes, limits).text();
                yield InputFormat.looksLikeHtml(decoded.substring(0, Math.min(decoded.length(), 1024)))
                        ? html(name, decoded) : decoded;
            }
        };
    }

    /**
     * A page's source holds markup around its text: it is decoded within the markup limit, and only the text
     * taken from it must keep within {@code maxChars}.
     */
    private static InputLimits markup(InputLimits limits) {
        return limits.withMaxChars((int) Math.max(limits.maxChars(), Math.min(limits.maxMarkupBytes(),
                Integer.MAX_VALUE - 16)));
    }

    /** Fails with a clear message when an optional library a format needs is missing. */
    static void requireLibrary(String name, String className, String artifact, String format) {
        try {
            Class.forName(className, false, Inputs.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InputException(name, "reading " + format + " needs " + artifact + " on the class path", e);
        }
    }

    private static String html(String name, String source) {
        requireLibrary(name, "org.jsoup.Jsoup", "jsoup", ".html");
        return HtmlText.convert(source);
    }

    /** A page's bytes decoded by its BOM, else by the charset it declares if that fits, else by detection. */
    private static String htmlSource(String name, byte[] bytes, InputLimits limits) {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFF);
        if (!bom) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    if (Charset.isSupported(m.group(1))) {
                        TextDecoder.Decoded d = TextDecoder.declared(name, bytes, Charset.forName(m.group(1)), limits);
                        if (d != null) return d.text();
                        LOG.warn("{}: declares {} but is not; detecting the encoding instead", name, m.group(1));
                    }
                } catch (IllegalCharsetNameException e) {
                    LOG.debug("{}: ignoring unknown charset {}", name, m.group(1));
                }
            }
        }
        return TextDecoder.decode(name, bytes, limits).text();
    }

    /** Line breaks made uniform, then the checks every text must pass whatever its format. */
    private static String checked(String name, String raw, InputLimits limits) {
        String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > limits.maxChars()) throw TextDecoder.tooLarge(name, limits);
        if (isBlank(text)) throw new InputException(name, "no text: empty or only white space");
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxLineChars()) {
                    throw new InputException(name, "line " + line + " has " + (i - start) + " characters; the limit is "
                            + limits.maxLineChars() + " (InputLimits.maxLineChars)");
                }
                line++;
                start = i + 1;
            }
        }
        return text;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') return false;
        }
        return true;
    }

    private static byte[] readBounded(String name, InputStream in, InputLimits limits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limits.maxBytes()) throw tooManyBytes(name, "more than " + limits.maxBytes(), limits);
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    private static InputException tooManyBytes(String name, long size, InputLimits limits) {
        return tooManyBytes(name, String.valueOf(size), limits);
    }

    private static InputException tooManyBytes(String name, String size, InputLimits limits) {
        return new InputException(name, "too large: " + size + " bytes; the limit is " + limits.maxBytes()
                + " (InputLimits.maxBytes)");
    }

    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
