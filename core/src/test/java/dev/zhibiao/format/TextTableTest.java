package dev.zhibiao.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {
    @Test
    void alignsByDisplayWidth() {
        String s = new TextTable("name", "v").row("新生儿死亡率", "3‰").row("x", "90%").toString();
        String[] lines = s.split("\n");
        assertEquals(4, lines.length, s);
        // the value column starts at the same display column on every row
        int col = TextTable.width("新生儿死亡率") + 2;
        for (int i = 2; i < lines.length; i++) {
            String row = lines[i];
            int w = 0, k = 0;
            while (w < col) w += TextTable.width(String.valueOf(row.charAt(k++)));
            assertEquals(col, w, "row " + row);
        }
        assertEquals(12, TextTable.width("新生儿死亡率"));
    }

    @Test
    void clipsLongCells() {
        String s = new TextTable("a").maxCellWidth(6).row("一二三四五六七").toString();
        assertEquals("一二…", s.split("\n")[2]);
    }
}
