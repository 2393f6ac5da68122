package org.fairshed.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.fairshed.server.FairshedServer;
import org.fairshed.server.ServerParameters;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.demo.DemoLoader;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.notify.outbox.EgressProxy;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;
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
                + "no limit), FAIRSHED_DEMO_ADDRESSES (size of the demo registry), FAIRSHED_SECURE_COOKIES (true or false: mark "
                + "the operator session cookie Secure; default true unless listening on loopback: set it behind a TLS "
                + "proxy), FAIRSHED_TRUST_PROXY (true or false: take the client address from X-Forwarded-For; default "
                + "false), "
                + "FAIRSHED_JOB_THREADS (threads of a plan job, default every core), FAIRSHED_JOB_NICE (nice value of "
                + "a plan job's threads, 0-19, default 10: jobs give way to the public read path; 0 = the server's), "
                + "FAIRSHED_SECRETS_KEY_FILE (the key that seals webhook and VAPID secrets in the database, made there "
                + "owner-only when missing; default DIR/secrets.key; required with --db, the same file on every "
                + "replica); FAIRSHED_EGRESS_PROXY (http://HOST:PORT: webhooks and Web Push through that HTTP proxy, "
                + "by CONNECT to the checked address).")
final class ServeCommand implements Runnable {

    /** The HTTP proxy (http://HOST:PORT) webhook and Web Push deliveries go through, for a server without direct egress. */
    static final String EGRESS_PROXY_ENV = "FAIRSHED_EGRESS_PROXY";

    /** Searches per second per client beyond which a limit means nothing (0 turns it off). */
    private static final double MAX_SEARCH_RATE = 1_000_000;
    /** The largest demo registry: ten times the default, about the heap the launcher gives {@code serve}. */
    private static final int MAX_DEMO_ADDRESSES = 10 * DemoLoader.ADDRESSES;

    static final int DEFAULT_PORT = 8080;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 = a free one).")
    int port;

    @Option(names = "--read-db", paramLabel = "JDBC_URL", description = "A streaming read replica of the --db server "
            + "(hot standby): the public reads go there; writes and LISTEN stay on --db, and a change is announced on "
            + "this replica's event stream only once the standby has replayed it.")
    String readDb;

    @Option(names = "--no-demo", description = "Serve what the store holds; never load the demo (a second replica "
            + "over a database another replica loads).")
    boolean noDemo;

    @Option(names = "--no-jobs", description = "Never run plan jobs here: this server queues them and `./fairshed worker` "
            + "on the same database runs them (or another server without --no-jobs: the one whose job worker holds the "
            + "database's lock), so that a job's CPU and memory stay off this server's read path.")
    boolean noJobs;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw OptionChecks.error("--port", "must be in [0, 65535], got " + port);
        }
        // every environment setting is checked here, before the store is opened or anything loaded
        String host = EnvSetting.host("FAIRSHED_HOST", System.getenv("FAIRSHED_HOST"), "127.0.0.1");
        double rate = EnvSetting.decimal("FAIRSHED_SEARCH_RATE", System.getenv("FAIRSHED_SEARCH_RATE"),
                ServerParameters.DEFAULT_SEARCH_PER_SECOND, 0, MAX_SEARCH_RATE);
        int addresses = EnvSetting.integer("FAIRSHED_DEMO_ADDRESSES", System.getenv("FAIRSHED_DEMO_ADDRESSES"),
                DemoLoader.ADDRESSES, 0, MAX_DEMO_ADDRESSES);
        FlowParameters flow = JobEnvironment.flowParameters();
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        AccessParameters access = AccessParameters.defaults()
                .withSecureCookies(EnvSetting.bool("FAIRSHED_SECURE_COOKIES", System.getenv("FAIRSHED_SECURE_COOKIES"),
                        !loopback))
                .withTrustForwardedFor(EnvSetting.bool("FAIRSHED_TRUST_PROXY", System.getenv("FAIRSHED_TRUST_PROXY"),
                        false));
        var parameters = store.parameters();
        Path secretsFile = SecretsKey.location(parameters, System.getenv(SecretsKey.ENV));
        String proxySetting = System.getenv(EGRESS_PROXY_ENV);
        EgressProxy proxy = proxySetting == null || proxySetting.isBlank() ? null
                : EgressProxy.parse(proxySetting, "environment", EGRESS_PROXY_ENV);
        if (noJobs) {
            flow = flow.withRunsJobs(false).withWarmUp(false);
        }
        if (readDb != null) {
            if (parameters.isEmbedded()) {
                throw OptionChecks.error("--read-db", "needs --db: the embedded database has no replicas");
            }
            parameters = parameters.withReadReplica(readDb);
        }
        line(out, "opening the store: " + parameters);
        Store s = StoreFactory.open(parameters);
        FairshedServer server = null;
        try {
            if (noJobs) {
                line(out, "--no-jobs: plan jobs are queued here and wait for `./fairshed worker` on this database (or "
                        + "a server without --no-jobs)");
            }
            if (noDemo) {
                line(out, "--no-demo: serving what the store holds");
            } else if (new DemoLoader(s, m -> line(out, m), Clock.systemUTC(), addresses).load()) {
                line(out, "demo loaded");
            } else {
                line(out, "the store holds data already: nothing loaded");
            }
            line(out, "building the address index and starting the server");
            boolean keyMade = Files.notExists(secretsFile);
            SecretBox secrets = SecretBox.fromFile(secretsFile);
            if (proxy != null) {
                line(out, "webhooks and Web Push go through the egress proxy " + proxy + " (" + EGRESS_PROXY_ENV + ")");
            }
            line(out, "secrets key " + secrets.id() + " (" + secretsFile + ") seals the webhook, push and VAPID secrets");
            ServerParameters serverParameters = ServerParameters.of(s).withHost(host).withPort(port)
                    .withSearchLimit(rate, Math.max(2 * rate, 1)).withAccessHook(OperatorAccess.of(s, access.withSecrets(secrets)));
            try {
                server = FairshedServer.start(serverParameters.withNotify(serverParameters.notifications()
                        .withSecrets(secrets).withEgressProxy(proxy)), flow);
            } catch (SecretBoxException e) {
                throw SecretsKey.mismatch(secretsFile, keyMade, e);
            }
            line(out, String.format(Locale.ROOT, "ready: %,d addresses indexed, %d regions", s.registry().count(),
                    s.organisation().regions().size()));
            long example = s.registry().search("khreshchatyk", 1).stream().mapToLong(a -> a.id()).findFirst().orElse(1);
            printUrls(out, host, server, example);
            printOperatorAccess(out);
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
        out.println("  find an address (web page)   " + base + "/");
        out.println("  an address's page            " + base + "/address/" + address + "   (?lang=en for English)");
        out.println("  operator dashboard (login)   " + base + "/operator/");
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

    /** How to get in as an operator: the exact command for a publisher's token on this store. */
    private void printOperatorAccess(PrintWriter out) {
        String where = store.db != null ? "--db '<the JDBC URL given to serve>'"
                : "--data " + (store.data != null ? store.data : Path.of(StoreOptions.DEFAULT_DATA));
        out.println("Operator API (/api/v1/operator/..., Authorization: Bearer TOKEN). A publisher's token, printed on the "
                + "last line (works while this server runs):");
        out.println("  ./fairshed operator token " + where + " --role publisher");
        out.println("  an administrator with a web login: ./fairshed operator add " + where + " --role administrator");
        out.flush();
    }

    private static void line(PrintWriter out, String message) {
        out.printf(Locale.ROOT, "%s %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), message);
        out.flush();
    }
}
