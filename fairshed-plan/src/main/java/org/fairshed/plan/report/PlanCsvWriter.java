package org.fairshed.plan.report;

import org.fairshed.common.format.Numbers;
import org.fairshed.common.io.AtomicFiles;
import static org.fairshed.common.format.Numbers.EXACT_MW_DECIMALS;
import static org.fairshed.common.format.Numbers.MW_DECIMALS;
import static org.fairshed.common.format.Numbers.SHARE_DECIMALS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fairshed.grid.model.Bus;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.SlotPlan;

/**
 * Writes a plan as two long CSV tables for spreadsheets (RFC 4180, comma-separated, '\n' line ends, UTF-8, a header
 * row, decimal points, no thousands separators):
 * <ul>
 *   <li>{@code NAME.csv}: one row per slot and region:
 *       {@code slot,start,region,loadMw,shedMw,share,status};</li>
 *   <li>{@code NAME.buses.csv}: one row per slot and bus with shed: {@code slot,bus,shedMw} (buses that shed nothing
 *       in a slot are left out).</li>
 * </ul>
 * {@code share} is the region's shed share of its own non-critical load (0..1). Both files are written atomically.
 */
public final class PlanCsvWriter {

    /** Header of the per-region table. */
    public static final String REGIONS_HEADER = "slot,start,region,loadMw,shedMw,share,status";
    /** Header of the per-bus table. */
    public static final String BUSES_HEADER = "slot,bus,shedMw";

    private static final String CSV_EXTENSION = ".csv";

    private PlanCsvWriter() {
    }

    /**
     * Writes the per-region table to {@code file} and the per-bus table next to it (see {@link #busesFileFor}).
     *
     * @return the per-bus file written
     */
    public static Path write(PlanResult result, Path file) throws IOException {
        Path buses = busesFileFor(file);
        String regions = regionsTable(result);
        String busTable = busesTable(result);
        AtomicFiles.writeString(file, regions);
        AtomicFiles.writeString(buses, busTable);
        return buses;
    }

    /** The per-region file for a CLI argument: itself when it ends in ".csv", else {@code PREFIX.csv}. */
    public static Path regionsFileFor(String prefixOrFile) {
        return Path.of(prefixOrFile.endsWith(CSV_EXTENSION) ? prefixOrFile : prefixOrFile + CSV_EXTENSION);
    }

    /** The per-bus file beside a per-region file: {@code plan.csv} gives {@code plan.buses.csv}. */
    public static Path busesFileFor(Path regionsFile) {
        String name = regionsFile.getFileName().toString();
        String stem = name.endsWith(CSV_EXTENSION) ? name.substring(0, name.length() - CSV_EXTENSION.length()) : name;
        return regionsFile.resolveSibling(stem + ".buses" + CSV_EXTENSION);
    }

    /** The per-region table as text. */
    public static String regionsTable(PlanResult result) {
        PlanInput input = result.input();
        List<String> names = input.regions().names();
        StringBuilder csv = new StringBuilder(REGIONS_HEADER).append('\n');
        for (SlotPlan s : result.slots()) {
            String start = input.start().plusMinutes((long) s.slot() * input.slotMinutes()).toString();
            for (int r = 0; r < names.size(); r++) {
                csv.append(s.slot()).append(',').append(start).append(',').append(quote(names.get(r))).append(',')
                        .append(Numbers.fixed(s.regionLoadMw()[r], MW_DECIMALS)).append(',')
                        .append(Numbers.fixed(s.regionShedMw()[r], MW_DECIMALS)).append(',')
                        .append(Numbers.fixed(s.share(r), SHARE_DECIMALS)).append(',')
                        .append(s.status().name()).append('\n');
            }
        }
        return csv.toString();
    }

    /** The per-bus table as text. */
    public static String busesTable(PlanResult result) {
        List<Bus> buses = result.input().grid().buses();
        StringBuilder csv = new StringBuilder(BUSES_HEADER).append('\n');
        for (SlotPlan s : result.slots()) {
            double[] shed = s.busShedMw();
            for (int i = 0; i < shed.length; i++) {
                if (Numbers.nonZero(shed[i], EXACT_MW_DECIMALS)) {
                    csv.append(s.slot()).append(',').append(buses.get(i).number()).append(',')
                            .append(Numbers.fixed(shed[i], EXACT_MW_DECIMALS)).append('\n');
                }
            }
        }
        return csv.toString();
    }

    /** RFC 4180 quoting when the value holds a comma, a quote or a line break. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
