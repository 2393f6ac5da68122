package org.fairshed.plan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic file writes and number formatting shared by the report writers. */
final class ReportFiles {

    /** Decimals of MW figures meant for reading (loads, sheds, flows). */
    static final int MW_DECIMALS = 4;
    /** Decimals of MW figures meant for re-checking (generator dispatch, bus shed): flows recomputable to 1e-3 MW. */
    static final int EXACT_MW_DECIMALS = 6;
    /** Decimals of shares (0..1) and fairness indices. */
    static final int SHARE_DECIMALS = 6;
    /** Decimals of seconds. */
    static final int SECONDS_DECIMALS = 3;

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /** Writes through a temporary sibling and a move, so a reader never sees half a file. */
    static void writeAtomically(Path file, Content content) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Fixed-point text with {@code decimals} places (half up), never "-0.000"; empty for NaN and infinities. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        return (d.signum() == 0 ? d.abs() : d).toPlainString();
    }
}
