package dev.zhibiao.extract.input;

import dev.zhibiao.error.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The format comes from the first bytes; the name decides only when they say nothing. */
class InputFormatTest {
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiterString = " => ", value = {
            "plan.txt => 规划全文 => TEXT",
            "plan => 规划全文 => TEXT",
            "plan.html => 规划全文 => HTML",
            "plan.HTM => <p>规划全文</p> => HTML",
            "plan.txt => '  <!DOCTYPE html><html>' => HTML",
            "plan.txt => <?xml version='1.0'?><html> => HTML",
            "page.shtml => <div> => HTML",
            "plan.txt => %PDF-1.7 => PDF",
            "plan.txt => <p>规划</p> is text unless it opens a page => TEXT",
    })
    void detects(String name, String start, String expected) {
        assertEquals(InputFormat.valueOf(expected), InputFormat.detect(name, start.getBytes(StandardCharsets.UTF_8)),
                name + " starting " + start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "old.doc => d0cf11e0a1b11ae10000 => a Word 97-2003 (.doc) or other legacy Office file; save it as .docx",
            "plan.pdf => e8a784e58892 => named .pdf but is not a PDF (does not start with %PDF)",
            "plan.docx => e8a784e58892 => named .docx but is not a Word document (not a zip archive)",
            "data.zip => 504b0304140000000000 => a zip archive without word/document.xml, so not a .docx document",
    })
    void refuses(String name, String hex, String message) {
        InputException e = assertThrows(InputException.class,
                () -> InputFormat.detect(name, HexFormat.of().parseHex(hex)));
        assertEquals(name + ": " + message, e.getMessage());
    }
}
