package org.fairshed.notify.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.registry.RegistryImportParameters;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;

/** One embedded store per test JVM; each test makes its own region (so tests do not see each other's events). */
public final class NotifyWorld {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    public static final List<String> GROUPS = List.of("1.1", "1.2", "2.1", "2.2");
    private static final AtomicInteger REGIONS = new AtomicInteger();
    private static Store store;

    private NotifyWorld() {
    }

    public static synchronized Store store() {
        if (store == null) {
            Path dir = Path.of("target", "notify-test-data", Long.toString(ProcessHandle.current().pid()))
                    .toAbsolutePath();
            store = StoreFactory.open(StoreParameters.embedded(dir));
            Store s = store;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return store;
    }

    /** A store of the caller's own (closed by the caller), in a folder named after {@code name} under target/. */
    public static Store separateStore(String name) {
        Path dir = Path.of("target", "notify-test-data", ProcessHandle.current().pid() + "-" + name).toAbsolutePath();
        return StoreFactory.open(StoreParameters.embedded(dir));
    }

    /** A new region with {@link #GROUPS}, emergency lists E1, E2 and one address (group 2.1); returns its code. */
    public static String region(Store s) {
        String code = "r" + ProcessHandle.current().pid() % 1000 + "-" + REGIONS.incrementAndGet();
        s.organisation().putRegion(new RegionDefinition(code, "Область " + code, "Region " + code, KYIV));
        s.organisation().putGroups(code, ScheduleType.HOURLY, GROUPS);
        s.organisation().putGroups(code, ScheduleType.EMERGENCY, List.of("E1", "E2"));
        String csv = "id,region,settlement,street,house,groups\n," + code + ",м. Київ,вул. Хрещатик,22,2.1\n";
        s.registry().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
                RegistryImportParameters.defaults().withReplace(false));
        return code;
    }

    /** A draft of {@code days} days from {@code first}: each group's definite outages as given (others none). */
    public static RevisionDraft draft(String region, LocalDate first, int days, Map<String, List<Interval>> definite,
                                      String reason) {
        List<DayFigures> figures = new ArrayList<>();
        List<GroupDay> groupDays = new ArrayList<>();
        List<LedgerDay> ledger = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            figures.add(new DayFigures(day, Collections.nCopies(48, 100.0), Collections.nCopies(48, 0.0),
                    Collections.nCopies(48, "OPTIMAL")));
            for (String g : GROUPS) {
                List<Interval> off = d == 0 ? definite.getOrDefault(g, List.of()) : List.of();
                groupDays.add(new GroupDay(g, day, off, List.of(), Collections.nCopies(48, 10.0)));
                ledger.add(new LedgerDay(g, day, off.stream().mapToInt(Interval::minutes).sum() / 60.0));
            }
        }
        return new RevisionDraft(region, 30, figures, groupDays, ledger, "OPTIMAL", reason, "dispatcher");
    }

    public static PublishResult publish(Store s, RevisionDraft draft) {
        int current = s.revisions().published(draft.region()).map(r -> r.number()).orElse(0);
        PublishResult r = s.revisions().publish(new Publication(draft, current, "127.0.0.1"));
        if (!r.isPublished()) {
            throw new IllegalStateException("publish conflict in a test: " + r);
        }
        return r;
    }

    /** The address id of the region's one address. */
    public static long address(Store s, String region) {
        return s.registry().search(region.equals("") ? "" : "хрещатик 22", 100).stream()
                .filter(a -> a.region().equals(region)).findFirst().orElseThrow().id();
    }
}
