package org.fairshed.plan.testing;

import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a MATPOWER case's text: one value the planner uses (a bus's PD, GS or VA; a generator's PMAX;
 * a branch's BR_X, RATE_A, TAP or SHIFT) replaced by NaN, ±Inf, a huge, tiny, negative or zero number, or an integer
 * wrapped at 2³². The identifiers of a case (bus numbers, row references) are the case reader's to check and are
 * mutated by its own tests.
 */
public final class CaseMutator {

    /** A mutated case: its text and what was done to it. */
    public record Mutant(String text, String description) {
    }

    private record Column(String table, int index, String name) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("mpc.bus", 2, "PD"), new Column("mpc.bus", 4, "GS"),
            new Column("mpc.bus", 8, "VA"), new Column("mpc.gen", 8, "PMAX"), new Column("mpc.branch", 3, "BR_X"),
            new Column("mpc.branch", 5, "RATE_A"), new Column("mpc.branch", 8, "TAP"),
            new Column("mpc.branch", 9, "SHIFT"));
    private static final List<String> VALUES = List.of("NaN", "Inf", "-Inf", "1e300", "-1e300", "1e-300", "0", "-5",
            "4294967297", "-0.05");

    private final Random random;

    public CaseMutator(long seed) {
        this.random = new Random(seed);
    }

    public Mutant mutate(String caseText) {
        Column column = COLUMNS.get(random.nextInt(COLUMNS.size()));
        String value = VALUES.get(random.nextInt(VALUES.size()));
        String[] lines = caseText.split("\n", -1);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (first < 0 && lines[i].startsWith(column.table() + " = [")) {
                first = i + 1;
            } else if (first >= 0 && lines[i].startsWith("];")) {
                last = i;
                break;
            }
        }
        int row = first + random.nextInt(last - first);
        String line = lines[row];
        String comment = line.contains("%") ? line.substring(line.indexOf('%')) : "";
        String[] cells = line.substring(0, line.length() - comment.length()).trim().replace(";", "").split("\\s+");
        cells[column.index()] = value;
        lines[row] = "\t" + String.join("\t", cells) + ";" + (comment.isEmpty() ? "" : "\t" + comment);
        return new Mutant(String.join("\n", lines), column.table() + " row " + (row - first + 1) + " " + column.name()
                + " := " + value);
    }
}
