package org.fairshed.store.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import java.time.LocalDate;
import java.util.Collections;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;
import org.fairshed.store.registry.RegistryImportResult;
import org.fairshed.store.registry.Transliteration;
import org.fairshed.store.synthetic.SyntheticRegistry;

/**
 * Timed loops of the store outside the tests (docs/store.md, BENCHMARKS.md): the import of a synthetic registry,
 * a re-import of the same rows (ids kept, nothing changed), the export, prefix searches from several threads
 * with p50/p99 latencies, and five national publishes (every region's 12 groups over 2 days in one transaction). Usage:
 * {@code StoreBench (--data DIR | --db JDBC_URL) [--addresses N] [--regions R] [--searches N] [--threads T]}.
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String data = option(args, "--data", null);
        String db = option(args, "--db", null);
        int addresses = Integer.parseInt(option(args, "--addresses", "1000000"));
        int regions = Integer.parseInt(option(args, "--regions", "24"));
        int searches = Integer.parseInt(option(args, "--searches", "50000"));
        int threads = Integer.parseInt(option(args, "--threads", "4"));
        StoreParameters parameters = data != null ? StoreParameters.embedded(Path.of(data)) : StoreParameters.jdbc(db);
        SyntheticRegistry synthetic = new SyntheticRegistry(1, addresses, regions);
        try (Store store = StoreFactory.open(parameters.withPoolSize(Math.max(threads + 1, 2)))) {
            System.out.printf(Locale.ROOT, "store: %s%n", parameters);
            if (store.registry().count() == 0) {
                long t = System.nanoTime();
                RegistryImportResult r = synthetic.load(store);
                System.out.printf(Locale.ROOT, "import: %s %,d rows (%,d new) in %.1f s = %,.0f rows/s%n", r.status(),
                        r.rows(), r.inserted(), seconds(t), r.rows() / seconds(t));
                t = System.nanoTime();
                r = store.registry().importRows(synthetic.rows(), "again", org.fairshed.store.registry
                        .RegistryImportParameters.defaults());
                System.out.printf(Locale.ROOT, "re-import: %s %,d rows (%,d unchanged) in %.1f s%n", r.status(), r.rows(),
                        r.unchanged(), seconds(t));
            }
            long t = System.nanoTime();
            long exported = store.registry().exportCsv(OutputStream.nullOutputStream());
            System.out.printf(Locale.ROOT, "export: %,d rows in %.1f s%n", exported, seconds(t));
            search(store, queries(store, synthetic), searches, threads);
            for (int i = 0; i < 5; i++) {
                publishNational(store, synthetic);
            }
        }
    }

    /** Queries people type: a street and house in Cyrillic, its KMU Latin, a prefix of either, lower case. */
    private static List<String> queries(Store store, SyntheticRegistry synthetic) {
        Random random = new Random(5);
        List<String> out = new ArrayList<>();
        var rows = synthetic.rows();
        int n = 0;
        while (rows.hasNext() && out.size() < 20_000) {
            var row = rows.next();
            if (n++ % 37 != 0) {
                continue;
            }
            String street = row.street().replaceFirst("^\\S+ ", "");
            String text = street + " " + row.house();
            String q = switch (random.nextInt(4)) {
                case 0 -> text;
                case 1 -> Transliteration.kmu2010(text).toLowerCase(Locale.ROOT);
                case 2 -> text.substring(0, Math.max(3, text.length() - 2));
                default -> row.settlement().replaceFirst("^\\S+ ", "") + " " + text;
            };
            out.add(q);
        }
        return out;
    }

    private static void search(Store store, List<String> queries, int total, int threads) throws Exception {
        for (int i = 0; i < Math.min(2000, total); i++) {
            store.registry().search(queries.get(i % queries.size()), 10); // warm-up
        }
        long[] latencies = new long[total];
        int[] empty = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int offset = th;
            futures.add(pool.submit(() -> {
                for (int i = offset; i < total; i += threads) {
                    long t = System.nanoTime();
                    List<Address> hits = store.registry().search(queries.get(i % queries.size()), 10);
                    latencies[i] = System.nanoTime() - t;
                    if (hits.isEmpty()) {
                        synchronized (empty) {
                            empty[0]++;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = seconds(start);
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "search: %,d queries, %d threads, %.0f queries/s, p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms, %d without a hit%n", total, threads, total / elapsed, latencies[total / 2] / 1e6,
                latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6, empty[0]);
    }

    /** One national revision: every region's 12 groups over 2 days, in one transaction (publishAll). */
    private static void publishNational(Store store, SyntheticRegistry synthetic) {
        LocalDate first = LocalDate.of(2026, 12, 2);
        List<Publication> publications = new ArrayList<>();
        for (RegionDefinition region : synthetic.regionDefinitions()) {
            List<DayFigures> days = new ArrayList<>();
            List<GroupDay> groups = new ArrayList<>();
            List<LedgerDay> ledger = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                LocalDate day = first.plusDays(d);
                days.add(new DayFigures(day, Collections.nCopies(48, 120.0), Collections.nCopies(48, 0.0),
                        Collections.nCopies(48, "OPTIMAL")));
                for (int g = 0; g < SyntheticRegistry.GROUPS.size(); g++) {
                    int start = (g * 120 + d * 60) % 1200;
                    groups.add(new GroupDay(SyntheticRegistry.GROUPS.get(g), day, List.of(new Interval(start, start + 240)),
                            List.of(new Interval(start + 240, start + 300)), Collections.nCopies(48, 10.0)));
                    ledger.add(new LedgerDay(SyntheticRegistry.GROUPS.get(g), day, 4.0));
                }
            }
            int current = store.revisions().published(region.code()).map(r -> r.number()).orElse(0);
            publications.add(new Publication(new RevisionDraft(region.code(), 30, days, groups, ledger, "OPTIMAL",
                    "bench", "bench"), current));
        }
        long t = System.nanoTime();
        List<PublishResult> results = store.revisions().publishAll(publications);
        System.out.printf(Locale.ROOT, "national publish: %d regions x 12 groups x 2 days in %.0f ms (%s)%n",
                results.size(), (System.nanoTime() - t) / 1e6, results.get(0).status());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
