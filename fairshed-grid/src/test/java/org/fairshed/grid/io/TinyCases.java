package org.fairshed.grid.io;

/** Small hand-written case texts for format and error tests. */
final class TinyCases {

    /** Two buses, one generator, one branch, one polynomial cost; every section on its own lines. */
    static final String TWO_BUS = """
            function mpc = tiny
            %TINY  two buses, one line
            mpc.version = '2';
            mpc.baseMVA = 100;
            %% bus data
            mpc.bus = [
            \t1\t3\t0\t0\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;
            \t2\t1\t50\t10\t0\t0\t1\t1\t0\t230\t1\t1.1\t0.9;
            ];
            mpc.gen = [
            \t1\t0\t0\t100\t-100\t1\t100\t1\t200\t0;
            ];
            mpc.branch = [
            \t1\t2\t0.01\t0.1\t0\t100\t100\t100\t0\t0\t1\t-360\t360;
            ];
            mpc.gencost = [
            \t2\t0\t0\t3\t0.01\t20\t0;
            ];
            """;

    private TinyCases() {
    }

    /** 1-based number of the first line of {@code text} containing {@code snippet}. */
    static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        if (at < 0) {
            throw new IllegalArgumentException("snippet not in text: " + snippet);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
