package org.fairshed.server.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.job.Job;
import org.fairshed.job.JobRequest;
import org.fairshed.job.JobResult;
import org.fairshed.job.RotaRequest;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.demo.DemoPlanInput;
import org.fairshed.plan.scenario.AvailabilitySpec;
import org.fairshed.plan.scenario.CriticalSpec;
import org.fairshed.plan.scenario.FairnessSpec;
import org.fairshed.plan.scenario.RegionSpec;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.SlotProfile;
import org.fairshed.rota.RotaMethods;
import org.fairshed.server.publish.DraftMapper;
import org.fairshed.store.Store;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.registry.RegistryImportResult;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;
import org.fairshed.store.synthetic.SyntheticRegistry;

/**
 * The demo behind {@code ./fairshed serve}, loaded once into an empty store: the 24 synthetic oblasts as distribution
 * companies with the 12 groups each and a SYNTHETIC registry of {@value #ADDRESSES} addresses; then today and tomorrow
 * planned and rotated through the job API on the synthetic national grid with the demo's damage (the grid's region
 * k is the registry's region k), published as revision 1 of every region in one transaction. A store that already
 * holds regions is not loaded again, one with published revisions is not planned again.
 */
public final class DemoLoader {

    public static final int ADDRESSES = 1_000_000;
    public static final long SEED = 1;
    public static final String AUTHOR = "fairshed demo";
    /** As {@link DemoPlanInput}'s solar shape: nothing before 08:00 or after 16:00. */
    private static final double[] SOLAR_SHAPE = {0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1, 1, 0.9, 0.6, 0.3, 0.1, 0, 0, 0, 0,
        0, 0, 0};

    private final Store store;
    private final Consumer<String> progress;
    private final Clock clock;
    private final int addresses;

    public DemoLoader(Store store, Consumer<String> progress, Clock clock, int addresses) {
        this.store = store;
        this.progress = progress;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** Loads what is missing; returns true when anything was loaded. */
    public boolean load() {
        boolean loaded = false;
        SyntheticRegistry registry = new SyntheticRegistry(SEED, addresses, 24);
        if (store.organisation().regions().isEmpty()) {
            step(String.format(Locale.ROOT, "creating the 24 synthetic regions (their distribution companies, 12 groups "
                    + "each) and loading the SYNTHETIC address registry (%,d addresses; one transaction)", addresses));
            long t = System.nanoTime();
            RegistryImportResult r = registry.load(store);
            step(String.format(Locale.ROOT, "registry: %s, %,d addresses in %.0f s", r.status(), r.inserted(),
                    (System.nanoTime() - t) / 1e9));
            loaded = true;
        }
        boolean anyPublished = store.organisation().regions().stream()
                .anyMatch(reg -> store.revisions().published(reg.code()).isPresent());
        if (!anyPublished) {
            publishDemoDays();
            loaded = true;
        }
        return loaded;
    }

    private void publishDemoDays() {
        List<Region> regions = store.organisation().regions().stream()
                .filter(r -> r.nameEn().contains(SyntheticRegistry.LABEL)).toList();
        ZoneId zone = regions.isEmpty() ? ZoneId.of("Europe/Kyiv") : regions.get(0).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        step("generating the synthetic national grid and the demo's damage");
        SyntheticGrid synthetic = SyntheticGridFactory.create(SyntheticGridParameters.defaults());
        Damage damage = DemoScenario.of(synthetic);
        step("planning and rotating " + today + " and " + today.plusDays(1) + " through the job API (48 hourly slots)");
        long t = System.nanoTime();
        JobResult result = Job.run(JobRequest.of(scenario(synthetic, damage, today), new JobRequest.Network.InMemory(
                synthetic.grid()), PlannerParameters.defaults(), RotaRequest.defaults(RotaMethods.sweep())),
                (stage, done, total) -> {
                    if (done == total || done % 12 == 0) {
                        step("  " + stage + " " + done + "/" + total);
                    }
                }, Cancellation.none());
        step(String.format(Locale.ROOT, "job %s in %.0f s%s", result.status(), (System.nanoTime() - t) / 1e9,
                result.message().isEmpty() ? "" : ": " + result.message()));
        List<RevisionDraft> drafts = DraftMapper.drafts(result, regionMap(regions, synthetic), "demo: the synthetic grid after the demo's damage "
                + "(SYNTHETIC data)", AUTHOR);
        List<Publication> publications = drafts.stream().map(d -> new Publication(d, 0)).toList();
        t = System.nanoTime();
        List<PublishResult> published = store.revisions().publishAll(publications);
        step(String.format(Locale.ROOT, "published revision 1 of %d regions in one transaction (%.2f s)",
                published.size(), (System.nanoTime() - t) / 1e9));
    }

    /**
     * The plan's regions (the synthetic grid's area numbers) to the store's synthetic regions: area k is the registry's
     * region k (the operator flow plans on the same grid, so it uses the same map).
     */
    public static Map<String, String> regionMap(List<Region> stored, SyntheticGrid synthetic) {
        List<Region> regions = stored.stream().filter(r -> r.nameEn().contains(SyntheticRegistry.LABEL)).toList();
        List<String> codes = registryOrder(regions);
        Map<String, String> map = new LinkedHashMap<>();
        List<Integer> areas = new ArrayList<>(synthetic.regionNames().keySet());
        for (int k = 0; k < areas.size() && k < codes.size(); k++) {
            map.put(Integer.toString(areas.get(k)), codes.get(k));
        }
        return map;
    }

    /** The registry's region codes in the synthetic registry's order (the order of its region definitions). */
    private static List<String> registryOrder(List<Region> stored) {
        List<String> codes = new ArrayList<>();
        for (var def : new SyntheticRegistry(SEED, 24, 24).regionDefinitions()) {
            if (stored.stream().anyMatch(r -> r.code().equals(def.code()))) {
                codes.add(def.code());
            }
        }
        return codes;
    }

    /** The demo's day as a scenario (what {@link DemoPlanInput} builds directly), over today and tomorrow. */
    public static Scenario scenario(SyntheticGrid synthetic, Damage damage, LocalDate today) {
        double[] factor = synthetic.hourlyLoadFactor();
        int slots = 2 * factor.length;
        double[] scale = new double[slots];
        double[] solar = new double[slots];
        for (int t = 0; t < slots; t++) {
            scale[t] = factor[t % factor.length];
            solar[t] = SOLAR_SHAPE[t % SOLAR_SHAPE.length];
        }
        return new Scenario("the demo scenario", "synthetic-demo-days", "SYNTHETIC: the demo's damage over two days",
                synthetic.grid().name(), today.atStartOfDay(), 60, slots, Map.of(), new SlotProfile(scale), damage,
                new RegionSpec(RegionSpec.Kind.AREAS, Map.of()), new CriticalSpec(DemoPlanInput.CRITICAL_SHARE, Map.of(),
                Map.of()), new FairnessSpec(FairnessMode.FAIR, DemoPlanInput.PRICE_OF_FAIRNESS, null, null), null,
                new AvailabilitySpec(Map.of("solar", new SlotProfile(solar)), Map.of()), DemoPlanInput.LOSS_SHARE);
    }

    private void step(String line) {
        progress.accept(line);
    }
}
