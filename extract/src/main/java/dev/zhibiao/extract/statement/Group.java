package dev.zhibiao.extract.statement;

import dev.zhibiao.extract.number.Quantity;
import dev.zhibiao.model.Bound;
import dev.zhibiao.model.Scope;
import dev.zhibiao.model.Unit;

import java.util.List;
import java.util.Map;

/**
 * The numbers of one list in a clause (one number, or several joined by 、和及) with the words around them:
 * what every stage of a statement reads.
 *
 * @param numbers     the list's numbers, in order
 * @param clause      the clause of the first number, as [start, end)
 * @param windowStart where the words before the first number start: its clause's start, or the end of the
 *                    number before in the same clause
 * @param window      the words before the first number
 * @param after       the words after the last number, to its clause's end
 * @param scope       whose the figures are
 * @param memory      what the sentence's earlier lists left
 */
record Group(LineContext ctx, Sentences.Sentence sentence, List<YearReader.YearMention> years,
             List<Quantity> numbers, int[] clause, int windowStart, String window, String after, Scope scope,
             Memory memory) {

    static Group of(LineContext ctx, Sentences.Sentence s, List<YearReader.YearMention> years, List<Quantity> g,
                    Memory memory) {
        String t = ctx.text();
        Quantity first = g.get(0), last = g.get(g.size() - 1);
        int[] clause = s.clauseAt(first.start());
        // an aside read after the list it stands in has its words from its clause, the lists before ending after it
        int windowStart = memory.previousEnd <= first.start() ? Math.max(clause[0], memory.previousEnd) : clause[0];
        int[] lastClause = s.clauseAt(last.start());
        return new Group(ctx, s, years, g, clause, windowStart, t.substring(windowStart, first.start()),
                t.substring(last.end(), Math.max(last.end(), lastClause[1])),
                ScopeReader.at(ctx.stretches(), first.start(), ctx.own()), memory);
    }

    Quantity first() {
        return numbers.get(0);
    }

    Quantity last() {
        return numbers.get(numbers.size() - 1);
    }

    int size() {
        return numbers.size();
    }

    String text() {
        return ctx.text();
    }

    /**
     * What the lists read before in a sentence leave to the next: the names given last, every name with its
     * unit, the names of a paired list, the bound of the list before, and where the last number ended.
     */
    static final class Memory {
        List<String> previous = List.of();
        final Map<String, Unit> all = new java.util.LinkedHashMap<>();
        final Map<Quantity, String> paired;
        Bound previousPrefix;
        /** The institutions the sentence's first clause counts, whose parts later clauses count; or null. */
        String topic;
        /** True when the topic is a sentence before's, which only its teachers and pupils are counted of. */
        boolean carried;
        boolean named;
        int previousEnd = -1;
        /** Where the last list's words before it started, where its first number started, and its unit. */
        int previousWindowStart = -1;
        int previousStart = -1;
        Unit previousUnit;
        /** The name each number of the sentence was given so far, which a benchmark aside after it is named by. */
        final Map<Quantity, String> nameOf = new java.util.HashMap<>();

        Memory(Map<Quantity, String> paired) {
            this.paired = paired;
        }
    }
}
