package org.fairshed.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;

/**
 * A national re-publish for the benchmarks (bench/serve-bench.sh): every region's published revision again, with one
 * outage of group 3.1 on its first day ending 30 minutes later (or earlier), in one transaction — 24 regions × 12
 * groups × 2 days. Prints the commit's wall-clock time (epoch ms) and how long the publish took.
 * {@code --warmup N} publishes N times first (the JIT and the connections warm, as in a running publisher), {@code
 * --wait-for FILE} then waits until FILE exists before the measured publish. Usage:
 * {@code NationalPublish --db JDBC_URL [--warmup N] [--wait-for FILE]}.
 */
public final class NationalPublish {

    private NationalPublish() {
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int warmups = 0;
        java.nio.file.Path waitFor = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> url = args[i + 1];
                case "--warmup" -> warmups = Integer.parseInt(args[i + 1]);
                case "--wait-for" -> waitFor = java.nio.file.Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            System.err.println("usage: NationalPublish --db JDBC_URL [--warmup N] [--wait-for FILE]");
            System.exit(2);
        }
        try (Store store = StoreFactory.open(StoreParameters.jdbc(url).withPoolSize(2))) {
            for (int i = 0; i < warmups; i++) {
                publish(store, "warm-up " + (i + 1) + ":");
            }
            if (waitFor != null) {
                System.out.println("waiting for " + waitFor);
                System.out.flush();
                while (!java.nio.file.Files.exists(waitFor)) {
                    Thread.sleep(100);
                }
            }
            publish(store, "measured:");
        }
    }

    private static void publish(Store store, String label) {
        List<Publication> publications = new ArrayList<>();
        for (var region : store.organisation().regions()) {
            RevisionContent c = store.revisions().publishedContent(region.code()).orElse(null);
            if (c != null) {
                publications.add(new Publication(moved(c), c.revision().number()));
            }
        }
        long t = System.nanoTime();
        List<PublishResult> results = store.revisions().publishAll(publications);
        long committed = System.currentTimeMillis();
        double seconds = (System.nanoTime() - t) / 1e9;
        long groupDays = publications.stream().mapToLong(p -> p.draft().groups().size()).sum();
        System.out.printf(Locale.ROOT, "%s published %d regions (%d group-days) in one transaction in %.3f s; "
                + "committed at %d (epoch ms)%n", label, results.size(), groupDays, seconds, committed);
        System.out.flush();
    }

    static RevisionDraft moved(RevisionContent c) {
        List<GroupDay> groups = new ArrayList<>();
        boolean done = false;
        for (GroupSchedule g : c.groups()) {
            List<Interval> definite = new ArrayList<>();
            List<Interval> possible = new ArrayList<>();
            for (Outage o : g.outages()) {
                int end = o.endMinute();
                if (!done && g.group().equals("3.1") && o.kind() == OutageKind.DEFINITE
                        && o.endMinute() - o.startMinute() >= 60) {
                    end -= 30; // shorter is always still disjoint from the others
                    done = true;
                }
                (o.kind() == OutageKind.DEFINITE ? definite : possible).add(new Interval(o.startMinute(), end));
            }
            groups.add(new GroupDay(g.group(), g.day(), definite, possible, g.loadMw()));
        }
        List<LedgerDay> ledger = c.ledger();
        var r = c.revision();
        return new RevisionDraft(r.region(), r.slotMinutes(), c.days(), groups, ledger, r.planStatus(),
                "benchmark: one outage's end moved", "bench");
    }
}
