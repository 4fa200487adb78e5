package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures what a zip archive expands to before a library unpacks it. A .docx is a zip whose XML a few megabytes
 * can inflate a hundredfold while staying under POI's ratio check, and POI parses that XML into a tree many
 * times its size: so the parts are streamed through a small buffer and counted, and the archive is refused as
 * soon as a count passes its limit, in memory bounded by the buffer.
 */
final class ZipParts {
    private static final int BUFFER = 64 * 1024;

    private ZipParts() {
    }

    /**
     * Refuses an archive whose XML parts expand to more than {@link InputLimits#maxMarkupBytes()} or whose other
     * parts (images and the like) expand to more than {@link InputLimits#maxBytes()}. An archive too damaged to
     * stream is left for the library to report.
     */
    static void requireWithinLimits(String name, byte[] bytes, InputLimits limits) {
        long markup = 0;
        long other = 0;
        byte[] buf = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                boolean xml = isMarkup(entry.getName());
                for (int n; (n = zip.read(buf)) > 0; ) {
                    if (xml) {
                        markup += n;
                        if (markup > limits.maxMarkupBytes()) throw tooMuchMarkup(name, limits);
                    } else {
                        other += n;
                        if (other > limits.maxBytes()) {
                            throw new InputException(name, "too large: its parts expand to more than "
                                    + limits.maxBytes() + " bytes; the limit is " + limits.maxBytes()
                                    + " (InputLimits.maxBytes)");
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive: the reader that follows says what is wrong with it in the document's terms.
        }
    }

    static InputException tooMuchMarkup(String name, InputLimits limits) {
        return new InputException(name, "too large: its XML expands to more than " + limits.maxMarkupBytes()
                + " bytes; the limit is " + limits.maxMarkupBytes() + " (InputLimits.maxMarkupBytes)");
    }

    private static boolean isMarkup(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }
}
