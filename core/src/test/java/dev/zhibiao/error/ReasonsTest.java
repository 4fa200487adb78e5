package dev.zhibiao.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.zhibiao.json.Json;
import org.junit.jupiter.api.Test;

import java.io.EOFException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Library errors come out as one line a user can act on, without the library's notes to its developers. */
class ReasonsTest {
    @Test
    void jsonErrorGivesItsLineAndColumnInsteadOfJacksonsNote() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> Json.mapper().readTree("{\n  \"a\": 1,\n  oops }"));
        assertEquals("Unexpected character ('o' (code 111)): was expecting double-quote to start field name"
                + " (line 3, column 3)", Reasons.of(e));
        DataException wrapped = new DataException("cat.json", "not valid JSON: " + e.getMessage(), e);
        assertEquals("cat.json: not valid JSON: Unexpected character ('o' (code 111)): was expecting double-quote"
                + " to start field name (line 3, column 3)", Reasons.oneLine(wrapped));
    }

    @Test
    void poiZipBombAdviceBecomesOurWords() {
        RuntimeException poi = new RuntimeException("Zip bomb detected! The file would exceed the max. ratio of "
                + "compressed file size to the size of the expanded data.\nThis may indicate that the file is used to "
                + "inflate memory usage and thus could pose a security risk.\nYou can adjust this limit via "
                + "ZipSecureFile.setMinInflateRatio() if you need to work with files which exceed this limit.");
        assertEquals("its parts expand far beyond their compressed size, as a zip bomb does", Reasons.of(poi));
    }

    @Test
    void otherMessagesKeepTheirFirstLineOnly() {
        assertEquals("first", Reasons.of(new IllegalStateException("first:\nsecond\nthird")));
        assertEquals("EOF exception", Reasons.of(new EOFException()), "no message: the class name in words");
        String longMessage = "x".repeat(500);
        assertEquals(Reasons.MAX_CHARS, Reasons.of(new RuntimeException(longMessage)).length(), "cut to a line");
    }
}
