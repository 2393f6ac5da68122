package org.fairshed.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.fairshed.server.http.AccessHook;
import org.fairshed.store.Store;

/**
 * How a {@link FairshedServer} runs. The store is the caller's (opened and closed by it); the server only reads it
 * and listens to it.
 *
 * @param host               the address to listen on ({@code 127.0.0.1} by default)
 * @param port               the port, 0 for a free one ({@link FairshedServer#port()} tells which)
 * @param clock              today, now and next come from it (tests pass a fixed clock)
 * @param searchPerSecond    address searches a client (IP) may make per second, sustained; 0 for no limit
 * @param searchBurst        searches it may make at once
 * @param heartbeat          how often an idle SSE stream gets a comment (below proxies' idle timeouts)
 * @param bodyCacheBytes     budget of the serialised bodies kept in memory
 * @param maxRequestBytes    largest request body accepted (413 beyond); the public API reads none
 * @param accessHook         who may use which route (issue 11 replaces the default for the operator routes)
 */
public record ServerParameters(Store store, String host, int port, Clock clock, double searchPerSecond,
                               double searchBurst, Duration heartbeat, long bodyCacheBytes, long maxRequestBytes,
                               AccessHook accessHook) {

    public static final double DEFAULT_SEARCH_PER_SECOND = 20;
    public static final double DEFAULT_SEARCH_BURST = 40;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final long DEFAULT_BODY_CACHE_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64L << 10;

    public ServerParameters {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(accessHook, "accessHook");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
    }

    /** Loopback, a free port, the system clock, the default limits. */
    public static ServerParameters of(Store store) {
        return new ServerParameters(store, "127.0.0.1", 0, Clock.systemUTC(), DEFAULT_SEARCH_PER_SECOND,
                DEFAULT_SEARCH_BURST, DEFAULT_HEARTBEAT, DEFAULT_BODY_CACHE_BYTES, DEFAULT_MAX_REQUEST_BYTES,
                AccessHook.PUBLIC_ONLY);
    }

    public ServerParameters withPort(int newPort) {
        return new ServerParameters(store, host, newPort, clock, searchPerSecond, searchBurst, heartbeat,
                bodyCacheBytes, maxRequestBytes, accessHook);
    }

    public ServerParameters withHost(String newHost) {
        return new ServerParameters(store, newHost, port, clock, searchPerSecond, searchBurst, heartbeat,
                bodyCacheBytes, maxRequestBytes, accessHook);
    }

    public ServerParameters withClock(Clock newClock) {
        return new ServerParameters(store, host, port, newClock, searchPerSecond, searchBurst, heartbeat,
                bodyCacheBytes, maxRequestBytes, accessHook);
    }

    public ServerParameters withSearchLimit(double perSecond, double burst) {
        return new ServerParameters(store, host, port, clock, perSecond, burst, heartbeat, bodyCacheBytes,
                maxRequestBytes, accessHook);
    }

    public ServerParameters withHeartbeat(Duration newHeartbeat) {
        return new ServerParameters(store, host, port, clock, searchPerSecond, searchBurst, newHeartbeat,
                bodyCacheBytes, maxRequestBytes, accessHook);
    }

    public ServerParameters withAccessHook(AccessHook hook) {
        return new ServerParameters(store, host, port, clock, searchPerSecond, searchBurst, heartbeat,
                bodyCacheBytes, maxRequestBytes, hook);
    }
}
