package org.fairshed.server.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
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

/**
 * One embedded store and one server for the module's tests (started once per JVM, stopped at exit), with the clock
 * fixed on the 25-hour day of 2026 in Kyiv (Sunday 25 October, 11:00 local, after the clocks went back at 04:00).
 * Each test class works in its own regions, so publishes of one do not disturb another.
 */
public final class TestWorld {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** The last Sunday of October 2026: 25 hours in Kyiv (03:00–04:00 twice). */
    public static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);
    /** The last Sunday of March 2026: 23 hours in Kyiv (03:00–04:00 skipped). */
    public static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    /** 11:00 in Kyiv on {@link #AUTUMN} (EET, +02:00). */
    public static final Instant NOW = Instant.parse("2026-10-25T09:00:00Z");
    public static final List<String> GROUPS = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1",
            "5.2", "6.1", "6.2");

    private static TestWorld world;

    public final Path dir;
    public final Store store;
    public final FairshedServer server;
    public final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestWorld(Path dir, Store store, FairshedServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    public static synchronized TestWorld get() {
        if (world == null) {
            Path dir = WorldFolders.of("server-test-data");
            Store store = StoreFactory.open(StoreParameters.embedded(dir));
            try {
                seed(store);
                FairshedServer server = FairshedServer.start(ServerParameters.of(store)
                        .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withSearchLimit(0, 0)
                        .withHeartbeat(java.time.Duration.ofSeconds(2)));
                world = new TestWorld(dir, store, server);
                WorldFolders.closeAtExit(server, store, dir);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return world;
    }

    /** Regions {@code kyiv} (the registry's), {@code lviv}, and spare regions for the tests that publish. */
    private static void seed(Store store) {
        for (String code : List.of("kyiv", "lviv", "feeds", "events", "compat")) {
            store.organisation().putRegion(new RegionDefinition(code, "Область " + code, "Region " + code, KYIV));
            store.organisation().putDso(code, code + "-energo", "Енерго " + code);
            store.organisation().putGroups(code, ScheduleType.HOURLY, GROUPS);
            store.organisation().putGroups(code, ScheduleType.EMERGENCY, List.of("E1", "E2"));
        }
        String csv = """
                id,region,settlement,street,house,part,lat,lon,groups,emergency_groups,dso
                ,kyiv,м. Київ,вул. Хрещатик,22,,50.4477,30.5223,3.1,E1,kyiv-energo
                ,kyiv,м. Київ,вул. Хрещатик,24,,50.4470,30.5230,3.2,E1,kyiv-energo
                ,kyiv,м. Київ,вул. В'ячеслава Чорновола,5,,,,1.1;4.2,E2,kyiv-energo
                ,kyiv,м. Київ,просп. Незалежності,12А,корпус 2,,,2.1,,kyiv-energo
                ,kyiv,с. Петрівка,вул. Шевченка,1,,,,5.1,,kyiv-energo
                ,lviv,м. Львів,вул. Шевченка,7/2,,,,6.2,,lviv-energo
                ,compat,м. Одеса,вул. Дерибасівська,3,,,,3.1,,compat-energo
                """;
        var r = store.registry().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv",
                RegistryImportParameters.defaults());
        if (!r.status().name().equals("IMPORTED")) {
            throw new IllegalStateException("fixture registry rejected: " + r.errors());
        }
        publish(store, draft("kyiv", AUTUMN, 2, "first"));
        publish(store, draft("lviv", SPRING, 2, "spring"));
        publish(store, draft("compat", AUTUMN.minusDays(1), 3, "compat"));
    }

    /**
     * A draft with a known pattern for every group on {@code days} days: on the first day group {@code 3.1} is off
     * 03:00–04:00 (the DST hour) and 16:00–20:00 and possibly off 22:00–24:00; every other group is off 08:00–10:00
     * definitely and possibly 12:00–13:00; on later days every group is off 00:00–02:00 and 18:00–21:00.
     */
    public static RevisionDraft draft(String region, LocalDate first, int days, String reason) {
        List<DayFigures> figures = new ArrayList<>();
        List<GroupDay> groupDays = new ArrayList<>();
        List<LedgerDay> ledger = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            figures.add(new DayFigures(day, Collections.nCopies(48, 100.0), Collections.nCopies(48, 0.0),
                    Collections.nCopies(48, "OPTIMAL")));
            for (String g : GROUPS) {
                List<Interval> definite;
                List<Interval> possible;
                if (d == 0 && g.equals("3.1")) {
                    definite = List.of(new Interval(180, 240), new Interval(960, 1200));
                    possible = List.of(new Interval(1320, 1440));
                } else if (d == 0) {
                    definite = List.of(new Interval(480, 600));
                    possible = List.of(new Interval(720, 780));
                } else {
                    definite = List.of(new Interval(0, 120), new Interval(1080, 1260));
                    possible = List.of();
                }
                groupDays.add(new GroupDay(g, day, definite, possible, Collections.nCopies(48, 10.0)));
                ledger.add(new LedgerDay(g, day, definite.stream().mapToInt(Interval::minutes).sum() / 60.0));
            }
        }
        return new RevisionDraft(region, 30, figures, groupDays, ledger, "OPTIMAL", reason, "dispatcher");
    }

    public static PublishResult publish(Store store, RevisionDraft draft) {
        int current = store.revisions().published(draft.region()).map(r -> r.number()).orElse(0);
        PublishResult r = store.revisions().publish(new Publication(draft, current));
        if (!r.isPublished()) {
            throw new IllegalStateException("publish conflict in a test: " + r);
        }
        return r;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
            if (headers.length > 0) {
                b.headers(headers);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
            if (headers.length > 0) {
                b.headers(headers);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the server has dispatched the newest store event (a publish made by a test). */
    public void awaitDispatched() {
        long target = store.events().latestId();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var h = get("/api/v1/health");
            if (h.body().contains("\"lastEvent\":" + target)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the server did not dispatch event " + target + " within 10 s");
    }

}
