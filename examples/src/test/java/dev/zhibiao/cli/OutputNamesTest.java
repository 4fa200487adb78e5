package dev.zhibiao.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Output names are unique, and the same inputs in the same order always get the same names. */
class OutputNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a.txt b.txt | a b",
            "a/plan.txt b/plan.txt | plan plan-2",
            "plan.txt plan.docx plan.pdf | plan plan-2 plan-3",
            "plan.txt plan.docx plan-2.txt | plan plan-3 plan-2",
            "Plan.txt plan.html | Plan plan-2",
            "规划.txt 规划.docx | 规划 规划-2",
            "stdin x/.hidden | stdin .hidden"})
    void names(String inputs, String expected) {
        OutputNames names = OutputNames.of(Arrays.asList(inputs.split(" ")));
        List<String> got = IntStream.range(0, expected.split(" ").length).mapToObj(names::get).toList();
        assertEquals(Arrays.asList(expected.split(" ")), got, "names of " + inputs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a.txt b.txt | ",
            "a/plan.txt b/plan.txt | 2 inputs are named plan; in the order given they are a/plan.txt as plan, "
                    + "b/plan.txt as plan-2"})
    void notesSayWhichInputWentWhere(String inputs, String note) {
        List<String> notes = OutputNames.of(Arrays.asList(inputs.split(" "))).notes();
        assertEquals(note == null ? List.of() : List.of(note), notes);
    }
}
