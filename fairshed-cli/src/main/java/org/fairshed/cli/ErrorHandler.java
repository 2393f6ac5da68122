package org.fairshed.cli;

import java.io.UncheckedIOException;
import org.fairshed.common.InputException;
import org.fairshed.common.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and a non-zero exit code: 2 for bad input (a file that cannot be
 * read or is malformed, an invalid reference), 1 for anything unexpected. Set FAIRSHED_DEBUG=1 for stack traces.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        boolean badInput = e instanceof InputException || e instanceof InputException
                || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof java.io.IOException;
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        cli.getErr().println("fairshed " + cli.getCommandName() + ": " + (badInput ? "" : "internal error: ") + message);
        if (System.getenv("FAIRSHED_DEBUG") != null || !badInput) {
            e.printStackTrace(cli.getErr());
        }
        return badInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
}
