package org.fairshed.server.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.job.JobRequest;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.store.Store;

/**
 * The networks the server knows: the demo's synthetic national grid (named {@link #DEMO}), and the case files an
 * administrator placed in the configured folder, each named by its file name. A name from a request is never turned
 * into a path: it is looked up among the folder's regular files (symbolic links and subfolders are not listed), so
 * {@code ../x} or an absolute path names nothing.
 */
final class NetworkCatalog {

    /** The demo's network as a scenario's {@code network} names it. */
    static final String DEMO = "synthetic-demo";
    /** What a case file's name may look like (and the extensions the grid module reads). */
    static final Pattern CASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(m|xiidm|iidm|uct|xml|raw|RAW)");

    private final Store store;
    private final FlowParameters parameters;
    private volatile SyntheticGrid synthetic;

    NetworkCatalog(Store store, FlowParameters parameters) {
        this.store = store;
        this.parameters = parameters;
    }

    /**
     * A known network.
     *
     * @param regionMap plan region → store region; for a case, null (a plan region is the store region of the same code)
     */
    record Known(String name, String kind, JobRequest.Network network, Map<String, String> regionMap,
                 SyntheticGrid synthetic) {

        /** The store region a plan region is drafted as, or null when the store has none. */
        String storeRegion(String planRegion, java.util.Set<String> storeRegions) {
            String code = regionMap == null ? planRegion : regionMap.get(planRegion);
            return code != null && storeRegions.contains(code) ? code : null;
        }

        /** The demo network's day (the demo's damage) from midnight of {@code day}, or null for a case. */
        Scenario demoDay(LocalDate day) {
            return synthetic == null ? null : DemoLoader.scenario(synthetic, DemoScenario.of(synthetic), day);
        }
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        if (parameters.demoNetwork()) {
            out.add(DEMO);
        }
        out.addAll(caseFiles());
        return out;
    }

    Optional<Known> find(String name) {
        if (parameters.demoNetwork() && DEMO.equals(name)) {
            SyntheticGrid s = demoGrid();
            return Optional.of(new Known(DEMO, "synthetic", new JobRequest.Network.InMemory(s.grid()),
                    DemoLoader.regionMap(store.organisation().regions(), s), s));
        }
        if (name == null || !CASE_NAME.matcher(name).matches() || !caseFiles().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new Known(name, "case", new JobRequest.Network.File(parameters.casesFolder().resolve(name)),
                null, null));
    }

    private SyntheticGrid demoGrid() {
        SyntheticGrid s = synthetic;
        if (s == null) {
            synchronized (this) {
                if (synthetic == null) {
                    synthetic = SyntheticGridFactory.create(SyntheticGridParameters.defaults());
                }
                s = synthetic;
            }
        }
        return s;
    }

    /** The folder's case files by name (regular files only, not following links), sorted. */
    private List<String> caseFiles() {
        Path folder = parameters.casesFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).filter(n -> CASE_NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the case folder " + folder, e);
        }
    }
}
