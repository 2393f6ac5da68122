package org.fairshed.grid.lp;

import java.util.TreeSet;
import java.util.function.IntFunction;

/** The variables and rows of a model whose lower bound is above their upper bound, kept up to date as bounds change. */
final class CrossedBounds {

    private final TreeSet<Integer> variables = new TreeSet<>();
    private final TreeSet<Integer> rows = new TreeSet<>();

    void variable(int index, double lb, double ub) {
        update(variables, index, lb, ub);
    }

    void row(int index, double lb, double ub) {
        update(rows, index, lb, ub);
    }

    private static void update(TreeSet<Integer> set, int index, double lb, double ub) {
        if (lb > ub) {
            set.add(index);
        } else if (!set.isEmpty()) {
            set.remove(index);
        }
    }

    boolean isEmpty() {
        return variables.isEmpty() && rows.isEmpty();
    }

    /** "variable pg_g1 has crossed bounds" or "row flow_l3 ..." with the count of the others. */
    String describe(IntFunction<String> variableName, IntFunction<String> rowName) {
        int count = variables.size() + rows.size();
        String first = variables.isEmpty() ? "row " + rowName.apply(rows.first())
                : "variable " + variableName.apply(variables.first());
        return first + " has crossed bounds" + (count > 1 ? " (and " + (count - 1) + " more)" : "");
    }
}
