package org.fairshed.server.notify;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fairshed.notify.NotifyParameters;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;
import org.fairshed.store.secret.SecretBox;

/**
 * The server process of {@link OutboxKillTest}, killed with SIGKILL at random points: opens the store, checks that the
 * published revision is complete (prints {@code STATE n ok|BAD ...}), starts the server with notifications (loopback
 * webhooks allowed, a 4 s lease), prints {@code READY n backlog}, then publishes revision after revision through the
 * store's one-transaction publish (what the flow's publish route calls), printing {@code PUBLISHED n} after each
 * commit, until it is killed. With {@code drain} it publishes nothing and exits 0 once the outbox is empty.
 *
 * <p>Arguments: the store (a JDBC URL or the embedded store's folder), the region, the first day, the seed, and
 * optionally {@code drain}.
 */
public final class OutboxKillChild {

    static final List<String> GROUPS = List.of("1.1", "1.2", "2.1", "2.2");
    static final int DAYS = 2;
    /** The secrets key every child opens the store with (the parent sealed the webhook's secret under it). */
    static final String SECRETS_FILE = "secrets.key";
    static final String SECRETS_PROPERTY = "fairshed.test.secrets";

    private OutboxKillChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String spec = args[0];
        String region = args[1];
        LocalDate first = LocalDate.parse(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        boolean drain = args.length > 4 && args[4].equals("drain");
        Store store = StoreFactory.open(spec.startsWith("jdbc:") ? StoreParameters.jdbc(spec)
                : StoreParameters.embedded(Path.of(spec)));
        int n = store.revisions().published(region).map(r -> r.number()).orElse(0);
        Optional<String> bad = n == 0 ? Optional.empty() : check(store, region, first, n);
        out.println("STATE " + n + " " + bad.map(b -> "BAD " + b).orElse("ok"));
        FairshedServer server = FairshedServer.start(ServerParameters.of(store).withNotify(NotifyParameters.defaults()
                .withUrlPolicy(new UrlPolicy(true, false)).withPollInterval(Duration.ofMillis(20))
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .withSecrets(SecretBox.fromFile(Path.of(System.getProperty(SECRETS_PROPERTY))))));
        out.println("READY " + n + " " + backlog(store));
        if (drain) {
            while (backlog(store) > 0) {
                Thread.sleep(100);
            }
            out.println("DRAINED " + n);
            server.close();
            store.close();
            System.exit(0);
        }
        while (true) {
            PublishResult r = store.revisions().publish(new Publication(draft(region, first, n + 1), n, "127.0.0.1"));
            if (!r.isPublished()) {
                out.println("CONFLICT " + r);
                return;
            }
            n++;
            out.println("PUBLISHED " + n);
            Thread.sleep(random.nextInt(6));
        }
    }

    /** Events not fanned out and deliveries not settled: what the outbox still has to do. */
    static long backlog(Store store) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select (select count(*) from notify_event where "
                    + "fanned_out_at is null) + (select count(*) from notify_delivery where state = 'PENDING')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Group j's one outage on the first day of revision n: an hour, moving with n (so every revision differs). */
    static Interval outage(int n, int j) {
        int start = ((n + 7 * j) % 46) * 30;
        return new Interval(start, start + 60);
    }

    static RevisionDraft draft(String region, LocalDate first, int n) {
        List<DayFigures> figures = new ArrayList<>();
        List<GroupDay> groupDays = new ArrayList<>();
        List<LedgerDay> ledger = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = first.plusDays(d);
            figures.add(new DayFigures(day, Collections.nCopies(48, 100.0), Collections.nCopies(48, 0.0),
                    Collections.nCopies(48, "OPTIMAL")));
            for (int j = 0; j < GROUPS.size(); j++) {
                List<Interval> off = d == 0 ? List.of(outage(n, j)) : List.of();
                groupDays.add(new GroupDay(GROUPS.get(j), day, off, List.of(), Collections.nCopies(48, 10.0)));
                ledger.add(new LedgerDay(GROUPS.get(j), day, d == 0 ? 1.0 : 0.0));
            }
        }
        return new RevisionDraft(region, 30, figures, groupDays, ledger, "OPTIMAL", "kill test " + n, "dispatcher");
    }

    /** Empty when revision n is in the store complete and as {@link #draft} made it; else what is wrong. */
    static Optional<String> check(Store store, String region, LocalDate first, int n) {
        Optional<RevisionContent> content = store.revisions().content(region, n);
        if (content.isEmpty()) {
            return Optional.of("revision " + n + " has no content");
        }
        List<GroupSchedule> groups = content.get().groups();
        if (groups.size() != GROUPS.size() * DAYS || content.get().days().size() != DAYS
                || content.get().ledger().size() != GROUPS.size() * DAYS) {
            return Optional.of("revision " + n + " has " + groups.size() + " group-days, " + content.get().days().size()
                    + " days, " + content.get().ledger().size() + " ledger rows");
        }
        for (GroupSchedule g : groups) {
            int j = GROUPS.indexOf(g.group());
            List<int[]> got = g.outages().stream().map((Outage o) -> new int[] {o.startMinute(), o.endMinute()})
                    .toList();
            boolean firstDay = g.day().equals(first);
            Interval want = outage(n, j);
            boolean same = firstDay ? got.size() == 1 && got.get(0)[0] == want.start()
                    && got.get(0)[1] == want.end() : got.isEmpty() && g.day().equals(first.plusDays(1));
            if (j < 0 || !same) {
                return Optional.of("revision " + n + ": group " + g.group() + " on " + g.day() + " is not as published");
            }
        }
        return Optional.empty();
    }
}
