package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.fairshed.common.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on stderr and an exit code. Only {@link InputException} is bad input (exit 2: the
 * message names the file, line or field); anything else is an internal error (exit 1): one line saying so, and the
 * stack trace written to a log file in the temporary folder whose name the line gives — never a trace on the
 * terminal, never a file in the user's working directory. {@code FAIRSHED_DEBUG=1} also prints traces of bad input.
 * No code parses exception text.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;
    /** Longest message shown on the terminal line of an internal error (the log holds all of it). */
    private static final int MAX_LINE = 300;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        String command = cli.getCommandSpec().qualifiedName();
        if (e instanceof InputException bad) {
            cli.getErr().println(command + ": " + bad.getMessage());
            if (System.getenv("FAIRSHED_DEBUG") != null) {
                e.printStackTrace(cli.getErr());
            }
            return EXIT_BAD_INPUT;
        }
        return internalError(e, command, cli.getErr());
    }

    /** Reports an unexpected failure (an exception or an error such as OutOfMemoryError) as described above. */
    static int internalError(Throwable e, String command, PrintWriter err) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        what = what.replaceAll("\\s+", " ");
        if (what.length() > MAX_LINE) {
            what = what.substring(0, MAX_LINE - 3) + "...";
        }
        Path log = writeLog(e, command);
        err.println(command + ": internal error: " + what + (log == null ? "" : " (details in " + log
                + "; please report it with the command you ran)"));
        err.flush();
        return EXIT_FAILURE;
    }

    /** The stack trace in a new file of the temporary folder, or null when even that cannot be written. */
    private static Path writeLog(Throwable e, String command) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(command + " failed at " + LocalDateTime.now() + " (Java " + Runtime.version() + ")");
            e.printStackTrace(w);
        }
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"));
            Path log = Files.createTempFile(dir, "fairshed-error-" + LocalDateTime.now().format(STAMP) + "-", ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log;
        } catch (IOException | RuntimeException failed) {
            return null;
        }
    }
}
