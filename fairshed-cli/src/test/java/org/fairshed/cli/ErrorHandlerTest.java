package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only an InputException is bad input; anything else is one line saying "internal error" and a log it names. */
class ErrorHandlerTest {

    private static final Pattern LOG = Pattern.compile("details in (\\S+\\.log);");

    @Command(name = "boom")
    static final class Boom implements Runnable {
        RuntimeException failure;

        @Override
        public void run() {
            throw failure;
        }
    }

    private static String run(RuntimeException failure, int expectedExit) {
        Boom boom = new Boom();
        boom.failure = failure;
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new FairshedCommand()).addSubcommand(new CommandLine(boom));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        assertThat(cli.execute("boom")).isEqualTo(expectedExit);
        return err.toString();
    }

    @Test
    void anInputExceptionIsExitTwoWithItsMessageAlone() {
        String err = run(InputException.atField("s.json", "slots", "must be positive, got -3"), ErrorHandler.EXIT_BAD_INPUT);
        assertThat(err).isEqualTo("fairshed boom: s.json: slots must be positive, got -3" + System.lineSeparator());
    }

    /** An IllegalArgumentException is a bug of ours, not the user's input: exit 1, no trace on the terminal. */
    @Test
    void anyOtherExceptionIsAnInternalErrorWithATraceInALogFile() throws IOException {
        String err = run(new IllegalArgumentException("index 7 out of\nbounds"), ErrorHandler.EXIT_FAILURE);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("fairshed boom: internal error: IllegalArgumentException: index 7 out of bounds (details in ")
                .doesNotContain("\tat ");
        Matcher m = LOG.matcher(err);
        assertThat(m.find()).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(log.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(Files.readString(log)).contains("fairshed boom failed at").contains("\tat ")
                .contains("IllegalArgumentException: index 7 out of");
        Files.delete(log);
    }
}
