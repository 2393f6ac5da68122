package org.fairshed.cli;

import picocli.CommandLine;

/** Entry point of {@code ./fairshed}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 success, 1 failure of the job, 2 bad input or usage). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line with its own output streams (tests, embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new FairshedCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands exceptions to the ErrorHandler; errors of the JVM come here, still as one line and a log
            return ErrorHandler.internalError(e, args.length == 0 ? "fairshed" : "fairshed " + args[0], err);
        }
    }
}
