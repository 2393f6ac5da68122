package org.fairshed.plan.report;

import static org.fairshed.common.format.Numbers.EXACT_MW_DECIMALS;
import static org.fairshed.common.format.Numbers.MW_DECIMALS;
import static org.fairshed.common.format.Numbers.SHARE_DECIMALS;

import java.nio.file.Path;
import java.util.List;
import org.fairshed.common.format.Numbers;
import org.fairshed.grid.model.Bus;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.SlotPlan;

/**
 * A plan as two long CSV tables for spreadsheets (RFC 4180, comma-separated, '\n' line ends, UTF-8, a header row,
 * decimal points, no thousands separators), each row ending with the plan's run id, so a table can be matched with
 * its PLAN.json:
 * <ul>
 *   <li>{@code NAME.csv}: one row per slot and region:
 *       {@code slot,start,region,loadMw,shedMw,criticalShedMw,share,status,runId};</li>
 *   <li>{@code NAME.buses.csv}: one row per slot and bus with shed: {@code slot,bus,shedMw,runId} (buses that shed
 *       nothing in a slot are left out; a slot without a plan has one row with {@code bus} and {@code shedMw} empty).</li>
 * </ul>
 * {@code share} is the region's shed share of its own non-critical load (0..1). An unknown figure is an empty cell.
 * {@link PlanFiles} writes them with the plan file as one output.
 */
public final class PlanCsvWriter {

    /** Header of the per-region table. */
    public static final String REGIONS_HEADER = "slot,start,region,loadMw,shedMw,criticalShedMw,share,status,runId";
    /** Header of the per-bus table. */
    public static final String BUSES_HEADER = "slot,bus,shedMw,runId";

    private static final String CSV_EXTENSION = ".csv";

    private PlanCsvWriter() {
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
            RegionShed r = s.regions();
            for (int k = 0; k < names.size(); k++) {
                csv.append(s.slot()).append(',').append(start).append(',').append(quote(names.get(k))).append(',')
                        .append(Numbers.fixed(r.loadMw()[k], MW_DECIMALS)).append(',')
                        .append(Numbers.fixed(r.shedMw()[k], MW_DECIMALS)).append(',')
                        .append(Numbers.fixed(r.criticalShedMw()[k], MW_DECIMALS)).append(',')
                        .append(Numbers.fixed(r.share(k), SHARE_DECIMALS)).append(',')
                        .append(s.status().name()).append(',').append(result.runId()).append('\n');
            }
        }
        return csv.toString();
    }

    /** The per-bus table as text. */
    public static String busesTable(PlanResult result) {
        List<Bus> buses = result.input().grid().buses();
        StringBuilder csv = new StringBuilder(BUSES_HEADER).append('\n');
        for (SlotPlan s : result.slots()) {
            if (!s.solved()) {
                csv.append(s.slot()).append(",,,").append(result.runId()).append('\n');
                continue;
            }
            double[] shed = s.busShedMw();
            for (int i = 0; i < shed.length; i++) {
                if (Numbers.nonZero(shed[i], EXACT_MW_DECIMALS)) {
                    csv.append(s.slot()).append(',').append(buses.get(i).number()).append(',')
                            .append(Numbers.fixed(shed[i], EXACT_MW_DECIMALS)).append(',').append(result.runId())
                            .append('\n');
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
