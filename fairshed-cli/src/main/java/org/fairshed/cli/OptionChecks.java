package org.fairshed.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fairshed.common.InputException;

/**
 * Checks of option values that picocli's type conversion lets through (a number out of range, NaN, an output path
 * that is an input): each failure an {@link InputException} naming the option, so that it is bad input (exit 2)
 * like a malformed file.
 */
final class OptionChecks {

    static final String SOURCE = "command line";

    private OptionChecks() {
    }

    static InputException error(String option, String detail) {
        return InputException.atField(SOURCE, option, detail);
    }

    /** {@code value} in [min, max]. */
    static int intIn(int value, String option, int min, int max) {
        if (value < min || value > max) {
            throw error(option, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A finite {@code value} in (0, max]: picocli reads "NaN" and "Infinity" as numbers. */
    static double positiveAtMost(double value, String option, double max) {
        if (!(value > 0 && value <= max)) {
            throw error(option, "must be a number above 0 and at most " + String.format(Locale.ROOT, "%.0f", max)
                    + ", got " + value);
        }
        return value;
    }

    /** Refuses an output file that is one of the inputs (it would be replaced). */
    static void notAnInput(Path output, String option, Path... inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                throw error(option, output + " is the input " + input + "; writing it would replace the input");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
