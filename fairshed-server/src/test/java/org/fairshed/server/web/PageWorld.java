package org.fairshed.server.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fairshed.server.testing.WorldFolders;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.registry.RegistryImportParameters;

/**
 * The pages' own store and server (so that the browser tests may publish without disturbing the API tests' regions),
 * started once per JVM, the clock fixed like {@link TestWorld}'s: 11:00 in Kyiv on the 25-hour day (50 half-hours
 * today). Regions: {@code kyiv} (two revisions: the page shows what changed), {@code lviv} (tomorrow not yet
 * published: waiting, expected at 20:00), {@code odesa} (emergency mode today). The registry has a building on two
 * lines and a street whose name is a script tag.
 */
final class PageWorld {

    static final String SCRIPT_STREET = "вул. <script>alert(1)</script>";
    /** When lviv's tomorrow is expected. */
    static final Instant LVIV_EXPECTED = Instant.parse("2026-10-25T18:00:00Z");

    private static PageWorld world;

    final Store store;
    final FairshedServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PageWorld(Store store, FairshedServer server) {
        this.store = store;
        this.server = server;
    }

    static synchronized PageWorld get() {
        if (world == null) {
            Path dir = WorldFolders.of("page-test-data");
            Store store = StoreFactory.open(StoreParameters.embedded(dir));
            try {
                seed(store);
                FairshedServer server = FairshedServer.start(ServerParameters.of(store)
                        .withClock(Clock.fixed(TestWorld.NOW, ZoneOffset.UTC)).withSearchLimit(0, 0)
                        .withHeartbeat(Duration.ofSeconds(2)));
                world = new PageWorld(store, server);
                WorldFolders.closeAtExit(server, store, null);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return world;
    }

    private static void seed(Store store) {
        String[][] regions = {{"kyiv", "Київська область", "Kyiv Oblast"}, {"lviv", "Львівська область", "Lviv Oblast"},
            {"odesa", "Одеська область", "Odesa Oblast"}};
        for (String[] r : regions) {
            store.organisation().putRegion(new RegionDefinition(r[0], r[1], r[2], TestWorld.KYIV));
            store.organisation().putDso(r[0], r[0] + "-energo", "Енерго " + r[0]);
            store.organisation().putGroups(r[0], ScheduleType.HOURLY, TestWorld.GROUPS);
            store.organisation().putGroups(r[0], ScheduleType.EMERGENCY, List.of("E1", "E2"));
        }
        String csv = "id,region,settlement,street,house,part,lat,lon,groups,emergency_groups,dso\n"
                + ",kyiv,м. Київ,вул. Хрещатик,22,,50.4477,30.5223,3.1,E1,kyiv-energo\n"
                + ",kyiv,м. Київ,вул. Богдана Хмельницького,10,,,,3.1;4.2,E2,kyiv-energo\n"
                + ",kyiv,м. Київ,\"" + SCRIPT_STREET + "\",1,,,,1.1,,kyiv-energo\n"
                + ",lviv,м. Львів,вул. Шевченка,7,,,,6.2,,lviv-energo\n"
                + ",odesa,м. Одеса,вул. Дерибасівська,3,,,,2.1,,odesa-energo\n";
        var r = store.registry().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "pages.csv",
                RegistryImportParameters.defaults());
        if (!r.status().name().equals("IMPORTED")) {
            throw new IllegalStateException("the pages' registry was rejected: " + r.errors());
        }
        TestWorld.publish(store, TestWorld.draft("kyiv", TestWorld.AUTUMN.minusDays(1), 3, "first"));
        TestWorld.publish(store, TestWorld.draft("kyiv", TestWorld.AUTUMN, 2, "second"));
        TestWorld.publish(store, TestWorld.draft("lviv", TestWorld.AUTUMN, 1, "today only"));
        store.dayStatus().set("lviv", TestWorld.AUTUMN.plusDays(1), DayStatusKind.WAITING_FOR_SCHEDULE, LVIV_EXPECTED,
                null, List.of(), "dispatcher", "127.0.0.1");
        TestWorld.publish(store, TestWorld.draft("odesa", TestWorld.AUTUMN, 2, "first"));
        store.dayStatus().set("odesa", TestWorld.AUTUMN, DayStatusKind.EMERGENCY, null,
                "Аварія на підстанції: графік не діє до відновлення.", List.of("E1"), "dispatcher", "127.0.0.1");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
            if (headers.length > 0) {
                b.headers(headers);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(String path, String... headers) {
        return new String(get(path, headers).body(), StandardCharsets.UTF_8);
    }

    /** The id of the first address the API finds for {@code q}. */
    long addressId(String q) {
        String body = text("/api/v1/addresses?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no address for " + q + ": " + body);
        }
        return Long.parseLong(m.group(1));
    }
}
