package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.specs.SpecReader;
import dev.zhibiao.extract.specs.SpecRow;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Direction;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Readers of the {@code specs/names} and {@code specs/readers} files: the small readers a statement is read
 * with, each on its own.
 */
public final class StatementSpecReaders {
    private StatementSpecReaders() {
    }

    /** The subject the namer finds in the words before a number. */
    public static SpecReader subjects() {
        IndicatorNamer namer = new IndicatorNamer();
        return SpecReader.of(window -> SpecReader.orNone(namer.subject(window)));
    }

    /** The object the namer finds in the words after a number. */
    public static SpecReader objects() {
        IndicatorNamer namer = new IndicatorNamer();
        return SpecReader.of(after -> SpecReader.orNone(namer.object(after)));
    }

    /** The names of a listed subject split into {@code count} items. */
    public static SpecReader listItems() {
        IndicatorNamer namer = new IndicatorNamer();
        return new SpecReader() {
            @Override
            public List<String> columns() {
                return List.of("count");
            }

            @Override
            public void check(SpecRow row) {
                Integer.parseInt(row.cell("count"));
            }

            @Override
            public String read(SpecRow row) {
                return SpecReader.joined(namer.items(row.input(), Integer.parseInt(row.cell("count"))));
            }
        };
    }

    /** The names one value is shared over; {@code distributive} when the subject lists whole names (均为). */
    public static SpecReader sharedNames() {
        IndicatorNamer namer = new IndicatorNamer();
        return new SpecReader() {
            @Override
            public List<String> columns() {
                return List.of("distributive");
            }

            @Override
            public void check(SpecRow row) {
                bool(row.cell("distributive"));
            }

            @Override
            public String read(SpecRow row) {
                return SpecReader.joined(namer.shared(row.input(), bool(row.cell("distributive"))));
            }
        };
    }

    /** The bound the words before a number set ({@code >=}), or none for a level. */
    public static SpecReader bounds() {
        BoundReader bounds = new BoundReader();
        return new SpecReader() {
            @Override
            public String read(SpecRow row) {
                Bound c = bounds.prefix(row.input());
                return c == null ? SpecRow.NONE : c.symbol();
            }

            @Override
            public boolean same(String expected, String got) {
                if (expected.equals(SpecRow.NONE) || got.equals(SpecRow.NONE)) return expected.equals(got);
                return Bound.of(expected) == Bound.of(got);
            }
        };
    }

    /** The way a change goes ({@code increase}, {@code decrease}) before a number of the row's {@code unit}. */
    public static SpecReader changes() {
        ChangeReader changes = new ChangeReader();
        return new SpecReader() {
            @Override
            public List<String> columns() {
                return List.of("unit");
            }

            @Override
            public String read(SpecRow row) {
                ChangeReader.Change c = changes.read(row.input(), Unit.of(row.cell("unit")), false);
                return c == null ? SpecRow.NONE : c.direction().code();
            }

            @Override
            public boolean same(String expected, String got) {
                if (expected.equals(SpecRow.NONE) || got.equals(SpecRow.NONE)) return expected.equals(got);
                return Direction.of(expected) == Direction.of(got);
            }
        };
    }

    /** The years a text mentions, each with its role: {@code 2020 BASELINE}. */
    public static SpecReader years() {
        return SpecReader.of(text -> SpecReader.joined(YearReader.read(text, 0, text.length()).stream()
                .map(m -> m.year() + " " + m.role()).toList()));
    }

    /**
     * Whose each number is: for each piece of the row's {@code at} cell (pieces joined by " ; "), the scope at
     * the piece's first occurrence in the text, the document's own being local.
     */
    public static SpecReader scopes() {
        ScopeReader scopes = new ScopeReader();
        return new SpecReader() {
            @Override
            public List<String> columns() {
                return List.of("at");
            }

            @Override
            public void check(SpecRow row) {
                for (String piece : row.cell("at").split(" ; ")) {
                    if (!row.input().contains(piece)) throw new IllegalArgumentException("at: '" + piece + "' is not in the input");
                }
            }

            @Override
            public String read(SpecRow row) {
                String text = row.input();
                List<ScopeReader.Stretch> st = scopes.read(text, 0, text.length());
                List<String> out = new ArrayList<>();
                for (String piece : row.cell("at").split(" ; ")) {
                    out.add(piece + " " + ScopeReader.at(st, text.indexOf(piece), Scope.LOCAL).code());
                }
                return SpecReader.joined(out);
            }
        };
    }

    private static boolean bool(String cell) {
        if (!cell.equals("true") && !cell.equals("false")) {
            throw new IllegalArgumentException("expected true or false, got '" + cell + "'");
        }
        return Boolean.parseBoolean(cell);
    }
}
