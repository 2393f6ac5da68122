package org.fairshed.notify.outbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.fairshed.common.InputException;
import org.fairshed.notify.webhook.UrlPolicy;

/**
 * One POST attempt of a {@link Sender}, the same for webhooks and push: the target checked against the
 * {@link UrlPolicy} and resolved once, and the connection made to an address that check allowed (never to a second
 * lookup's: a name re-bound to a private address in between reaches nothing), TLS verified against the URL's host
 * name (SNI and the certificate's names, as a browser does), HTTP/1.1 with {@code Connection: close}, redirects never
 * followed, one deadline for the whole attempt (connect, handshake, request and status line) besides the connect
 * timeout, and what the network or the receiver does turned into a {@link SendOutcome} (never an exception). Only the
 * status line is read; the answer's body is not.
 */
public final class HttpPost {

    /** What to send: the headers (name → value, in order) and the body. */
    public record Request(Map<String, String> headers, byte[] body) {
        public Request {
            // a copy in the caller's order, read-only: the request a sender built is the one written
            headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    private static final int MAX_STATUS_LINE = 8192;
    /** The watchdog closes an attempt's socket this long after its deadline. */
    private static final long WATCHDOG_GRACE_MILLIS = 100;

    private final UrlPolicy policy;
    private final UrlPolicy.Resolver resolver;
    private final SSLSocketFactory tls;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final ScheduledThreadPoolExecutor watchdog;
    /** null: connect directly */
    private final EgressProxy proxy;

    public HttpPost(UrlPolicy policy, Duration connectTimeout, Duration timeout) {
        this(policy, UrlPolicy.Resolver.SYSTEM, (SSLSocketFactory) SSLSocketFactory.getDefault(), connectTimeout, timeout);
    }

    /** With the resolver and the TLS socket factory (its trust store) given: tests. */
    public HttpPost(UrlPolicy policy, UrlPolicy.Resolver resolver, SSLSocketFactory tls, Duration connectTimeout,
                    Duration timeout) {
        this(policy, resolver, tls, connectTimeout, timeout, null);
    }

    private HttpPost(UrlPolicy policy, UrlPolicy.Resolver resolver, SSLSocketFactory tls, Duration connectTimeout,
                     Duration timeout, EgressProxy proxy) {
        this.proxy = proxy;
        this.policy = policy;
        this.resolver = resolver;
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        // closes an attempt's socket at its deadline, which also ends a write a receiver never reads; its one thread
        // ends when idle
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon().name("fairshed-http-deadline")
                .unstarted(r));
        this.watchdog.setKeepAliveTime(10, TimeUnit.SECONDS);
        this.watchdog.allowCoreThreadTimeOut(true);
        this.watchdog.setRemoveOnCancelPolicy(true);
    }

    /** The same client with its attempts through {@code egress} (null: direct). */
    public HttpPost through(EgressProxy egress) {
        return new HttpPost(policy, resolver, tls, connectTimeout, timeout, egress);
    }

    /**
     * POSTs the request {@code build} makes for the checked target.
     *
     * @param push  a push service's answer (404 means gone too) rather than a webhook's
     * @param build the request for the target's URI: headers and body ({@code host}, {@code content-length} and
     *              {@code connection} are added here)
     */
    public SendOutcome post(String url, String source, String field, boolean push, Function<URI, Request> build) {
        UrlPolicy.Target target;
        try {
            target = policy.resolve(url, source, field, resolver);
        } catch (InputException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "refused by the URL policy: " + e.getMessage());
        }
        URI uri = target.uri();
        Request request = build.apply(uri);
        long deadline = System.nanoTime() + timeout.toNanos();
        Socket socket = null;
        ScheduledFuture<?> alarm = null;
        AtomicBoolean cut = new AtomicBoolean();
        try {
            socket = connect(target.addresses(), port(uri), deadline);
            Socket open = socket;
            // just past the deadline: a read ends at its own timeout first; this ends what has none (a write)
            alarm = watchdog.schedule(() -> {
                cut.set(true);
                closeQuietly(open);
            }, remainingMillis(deadline) + WATCHDOG_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            if (uri.getScheme().equalsIgnoreCase("https")) {
                socket = handshake(socket, UrlPolicy.hostName(uri), port(uri), deadline);
            }
            write(socket.getOutputStream(), uri, request);
            return SendOutcome.ofStatus(status(new BufferedInputStream(socket.getInputStream()), socket, deadline), push);
        } catch (SocketTimeoutException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, "timed out");
        } catch (EgressProxy.Refused e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, e.getMessage());
        } catch (SSLException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, cut.get() || System.nanoTime() >= deadline ? "timed out"
                    : "TLS failed: " + e.getMessage());
        } catch (IOException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, cut.get() || System.nanoTime() >= deadline ? "timed out"
                    : "cannot connect: " + e.getClass().getSimpleName());
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            closeQuietly(socket);
        }
    }

    /** One way to reach an address within {@code waitMillis}: directly, or through the egress proxy. */
    @FunctionalInterface
    private interface Reach {
        Socket open(InetAddress address, int waitMillis) throws IOException;
    }

    /**
     * The first of the checked addresses that accepts, in the resolver's order: directly, or by a tunnel through the
     * egress proxy (whose refusal ends the attempt: it would refuse the other addresses too).
     */
    private Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
        Reach reach = proxy != null ? (a, wait) -> proxy.tunnel(a, port, wait, deadline) : (a, wait) -> {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(a, port), wait);
                s.setTcpNoDelay(true);
                return s;
            } catch (IOException e) {
                closeQuietly(s);
                throw e;
            }
        };
        IOException last = null;
        for (InetAddress a : addresses) {
            int wait = (int) Math.min(connectTimeout.toMillis(), remainingMillis(deadline));
            if (wait <= 0) {
                throw new SocketTimeoutException("no time left to connect");
            }
            try {
                return reach.open(a, wait);
            } catch (EgressProxy.Refused e) {
                throw e;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** TLS over the connected socket, verified against {@code host} (SNI for a name, not for an address literal). */
    private Socket handshake(Socket plain, String host, int port, long deadline) throws IOException {
        SSLSocket s = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isAddressLiteral(host)) {
            p.setServerNames(List.of(new SNIHostName(host)));
        }
        s.setSSLParameters(p);
        s.setSoTimeout(remainingMillisAtLeastOne(deadline));
        s.startHandshake();
        return s;
    }

    private static void write(OutputStream out, URI uri, Request request) throws IOException {
        StringBuilder head = new StringBuilder(512);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        head.append("POST ").append(path).append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                .append(" HTTP/1.1\r\n");
        header(head, "host", uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("host") || name.equals("content-length") || name.equals("connection")
                    || name.equals("transfer-encoding")) {
                throw new IllegalArgumentException("header " + h.getKey() + " is HttpPost's to set");
            }
            header(head, h.getKey(), h.getValue());
        }
        header(head, "content-length", Integer.toString(request.body().length));
        header(head, "connection", "close");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(request.body());
        out.flush();
    }

    private static void header(StringBuilder head, String name, String value) {
        if (!name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')
                || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c > 255)) {
            throw new IllegalArgumentException("header " + name + ": a name or value that would break the request");
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    /** The final status code (1xx answers skipped), or an IOException when the answer is not HTTP/1.x. */
    private static int status(InputStream in, Socket socket, long deadline) throws IOException {
        while (true) {
            socket.setSoTimeout(remainingMillisAtLeastOne(deadline));
            String line = line(in, "the receiver");
            if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' '
                    || !line.substring(9, 12).chars().allMatch(Character::isDigit)) {
                throw new IOException("not an HTTP/1.x answer");
            }
            int code = Integer.parseInt(line.substring(9, 12));
            if (code >= 200) {
                return code;
            }
            while (!line(in, "the receiver").isEmpty()) {
                socket.setSoTimeout(remainingMillisAtLeastOne(deadline));
            }
        }
    }

    /** One answer line of {@code who} (the receiver, the egress proxy), read byte by byte, without its CR LF. */
    static String line(InputStream in, String who) throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < MAX_STATUS_LINE) {
            int c = in.read();
            if (c < 0) {
                throw new IOException(who + " closed the connection before answering");
            }
            if (c == '\n') {
                int end = b.length() > 0 && b.charAt(b.length() - 1) == '\r' ? b.length() - 1 : b.length();
                return b.substring(0, end);
            }
            b.append((char) c);
        }
        throw new IOException(who + ": an answer line longer than " + MAX_STATUS_LINE + " bytes");
    }


    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static boolean isAddressLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private static long remainingMillis(long deadline) {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    static int remainingMillisAtLeastOne(long deadline) throws SocketTimeoutException {
        long left = remainingMillis(deadline);
        if (left <= 0) {
            throw new SocketTimeoutException("the attempt's deadline passed");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
        }
    }
}
