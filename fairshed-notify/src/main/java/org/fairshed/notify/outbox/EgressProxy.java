package org.fairshed.notify.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Inet6Address;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.fairshed.common.InputException;

/**
 * An HTTP proxy that outbound deliveries go through, for servers that reach the internet only that way (RFC 9110
 * CONNECT). The tunnel is asked for the address the URL policy checked, never for the name, so the proxy cannot be
 * made to resolve the name again to somewhere else (DNS rebinding); TLS then runs through the tunnel, verified against
 * the URL's host name as without a proxy. The proxy itself is the operator's choice and is not held to the URL policy.
 *
 * @param host the proxy's host name or address
 * @param port its port
 */
public record EgressProxy(String host, int port) {

    /** The proxy in {@code value} ({@code http://host:port}); {@code field} names the setting in errors. */
    public static EgressProxy parse(String value, String source, String field) {
        // a value with credentials is never echoed: they would end up in a log
        String shown = value.indexOf('@') >= 0 ? "a value with credentials (not shown)" : "'" + value + "'";
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw InputException.atField(source, field, "must be a URL such as http://proxy.example:3128, got " + shown);
        }
        if (uri.getRawUserInfo() != null || value.indexOf('@') >= 0) {
            throw InputException.atField(source, field, "must not carry credentials: proxy authentication is not "
                    + "supported, and a password there would be in the environment and in process listings");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
            throw InputException.atField(source, field, "must be http://HOST:PORT (the proxy's own address; TLS to the "
                    + "receiver runs through it), got " + shown);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null) {
            throw InputException.atField(source, field, "must be http://HOST:PORT without a path, got " + shown);
        }
        return new EgressProxy(uri.getHost(), uri.getPort());
    }

    /**
     * A socket to {@code target}:{@code targetPort} through the proxy, the tunnel established; the caller closes it.
     *
     * @throws Refused when the proxy answers CONNECT with anything but 2xx
     */
    Socket tunnel(InetAddress target, int targetPort, int connectMillis, long deadline) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), connectMillis);
            s.setTcpNoDelay(true);
            String authority = (target instanceof Inet6Address ? "[" + target.getHostAddress() + "]"
                    : target.getHostAddress()) + ":" + targetPort;
            s.getOutputStream().write(("CONNECT " + authority + " HTTP/1.1\r\nhost: " + authority + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            // byte by byte: nothing of the tunnel's own traffic may be read into a buffer here
            InputStream in = s.getInputStream();
            s.setSoTimeout(HttpPost.remainingMillisAtLeastOne(deadline));
            String status = HttpPost.line(in, "the egress proxy");
            if (!status.startsWith("HTTP/1.") || status.length() < 12) {
                throw new IOException("the egress proxy's answer is not HTTP/1.x");
            }
            int code = Integer.parseInt(status.substring(9, 12).strip());
            while (!HttpPost.line(in, "the egress proxy").isEmpty()) {
                s.setSoTimeout(HttpPost.remainingMillisAtLeastOne(deadline));
            }
            if (code < 200 || code > 299) {
                throw new Refused(code);
            }
            return s;
        } catch (IOException | NumberFormatException e) {
            HttpPost.closeQuietly(s);
            throw e instanceof IOException io ? io : new IOException("the egress proxy's status is not a number");
        }
    }

    @Override
    public String toString() {
        return "http://" + host + ":" + port;
    }

    /** The proxy refused the tunnel (403: not allowed there, 407: wants credentials, 502: cannot reach it). */
    static final class Refused extends IOException {

        final int status;

        Refused(int status) {
            super("the egress proxy answered " + status + " to CONNECT");
            this.status = status;
        }
    }
}
