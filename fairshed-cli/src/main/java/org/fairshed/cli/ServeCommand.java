package org.fairshed.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fairshed serve}: the public API on the embedded database (or PostgreSQL), with the demo loaded once into an
 * empty store. Runs until interrupted (Ctrl-C), then closes the server and the database cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the public API, calendar feeds, live changes and the Yasno-compatible endpoints. On an empty "
                + "database it first loads the demo: 24 SYNTHETIC regions with 12 groups each, a SYNTHETIC registry of "
                + "1,000,000 addresses, today and tomorrow planned and rotated on the synthetic grid and published as "
                + "revision 1. A restart keeps everything and loads nothing again. Environment: FAIRSHED_HOST (listen "
                + "address, default 127.0.0.1), FAIRSHED_SEARCH_RATE (searches per second per client, default 20; 0 = "
                + "no limit), FAIRSHED_DEMO_ADDRESSES (size of the demo registry).")
final class ServeCommand implements Runnable {

    static final int DEFAULT_PORT = 8080;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 = a free one).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be in [0, 65535], got " + port);
        }
        String host = env("FAIRSHED_HOST", "127.0.0.1");
        double rate = Double.parseDouble(env("FAIRSHED_SEARCH_RATE", "" + ServerParameters.DEFAULT_SEARCH_PER_SECOND));
        int addresses = Integer.parseInt(env("FAIRSHED_DEMO_ADDRESSES", "" + DemoLoader.ADDRESSES));
        var parameters = store.parameters();
        line(out, "opening the store: " + parameters);
        Store s = StoreFactory.open(parameters);
        FairshedServer server = null;
        try {
            if (new DemoLoader(s, m -> line(out, m), Clock.systemUTC(), addresses).load()) {
                line(out, "demo loaded");
            } else {
                line(out, "the store holds data already: nothing loaded");
            }
            line(out, "building the address index and starting the server");
            server = FairshedServer.start(ServerParameters.of(s).withHost(host).withPort(port)
                    .withSearchLimit(rate, Math.max(2 * rate, 1)));
            long example = s.registry().search("khreshchatyk", 1).stream().mapToLong(a -> a.id()).findFirst().orElse(1);
            printUrls(out, host, server, example);
            CountDownLatch stop = new CountDownLatch(1);
            FairshedServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                s.close();
                stop.countDown();
            }, "fairshed-shutdown"));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            s.close();
            throw e;
        }
    }

    private static void printUrls(PrintWriter out, String host, FairshedServer server, long address) {
        String base = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port();
        out.println();
        out.println("Fairshed is serving (SYNTHETIC demo data) at " + base);
        out.println("  health       " + base + "/api/v1/health");
        out.println("  API document " + base + "/api/v1/openapi.json");
        out.println("  regions      " + base + "/api/v1/regions");
        out.println("  search       " + base + "/api/v1/addresses?q=khreshchatyk");
        out.println("  an address   " + base + "/api/v1/addresses/" + address);
        out.println("  a schedule   " + base + "/api/v1/regions/kyiv-oblast/groups/3.1/schedule");
        out.println("  calendar     " + base + "/ics/kyiv-oblast/3.1.ics   and " + base + "/ics/address/" + address + ".ics");
        out.println("  live changes " + base + "/api/v1/events");
        out.println("  Yasno shape  " + base + "/compat/yasno/addresses/v2/regions");
        out.println("Ctrl-C stops it; a restart keeps everything.");
        out.flush();
    }

    private static void line(PrintWriter out, String message) {
        out.printf(Locale.ROOT, "%s %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), message);
        out.flush();
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
