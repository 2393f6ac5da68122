package org.fairshed.notify.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.fairshed.common.InputException;

/**
 * Which URLs the server may call (webhooks, push endpoints), against server-side request forgery: https only, no
 * user info, no fragment, and no target that resolves to a loopback, private (RFC 1918, RFC 4193), link-local,
 * carrier-grade NAT, multicast, unspecified or otherwise reserved address — unless the operator allows loopback
 * (tests, a receiver on the same machine), which then may also use plain http. Checked when a subscription is made
 * and again before every send (a name may resolve elsewhere later); a send connects to the addresses its check
 * resolved ({@link #resolve}), never to a second lookup's, so a name that re-binds to a private address between the
 * check and the connect (DNS rebinding) reaches nothing.
 *
 * @param allowLoopback loopback targets (127.0.0.0/8, ::1) and http to them are allowed
 * @param allowPrivate  private and link-local targets are allowed (a closed network's receivers), https still
 *                      required unless also loopback
 */
public record UrlPolicy(boolean allowLoopback, boolean allowPrivate) {

    public static final int MAX_LENGTH = 2000;
    /** The default: public https targets only. */
    public static final UrlPolicy PUBLIC_ONLY = new UrlPolicy(false, false);

    /** Turns a host name into its addresses (the system's resolver, or a test's table). */
    @FunctionalInterface
    public interface Resolver {
        /** The system's: {@link InetAddress#getAllByName}. */
        Resolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed the policy and the addresses its host resolved to then, every one of them allowed. */
    public record Target(URI uri, List<InetAddress> addresses) {
        public Target {
            addresses = List.copyOf(addresses);
        }
    }

    /** The URL checked, or an {@link InputException} naming {@code field} and what is wrong. */
    public URI check(String url, String source, String field) {
        return resolve(url, source, field, Resolver.SYSTEM).uri();
    }

    /** The URL checked and its host resolved once by {@code resolver}: what a send connects to. */
    public Target resolve(String url, String source, String field, Resolver resolver) {
        if (url == null || url.isBlank()) {
            throw InputException.atField(source, field, "is missing");
        }
        if (url.length() > MAX_LENGTH) {
            throw InputException.atField(source, field, "has " + url.length() + " characters; at most " + MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw InputException.atField(source, field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw InputException.atField(source, field, "must be an https URL, got scheme '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw InputException.atField(source, field, "must be https://host[:port]/path without user info or "
                    + "fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(hostName(uri));
        } catch (UnknownHostException e) {
            throw InputException.atField(source, field, "names host " + uri.getHost() + ", which does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw InputException.atField(source, field, "names host " + uri.getHost() + ", which does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress a : addresses) {
            boolean loopback = a.isLoopbackAddress();
            allLoopback &= loopback;
            if (loopback ? !allowLoopback : !allowPrivate && isPrivate(a) || isReserved(a)) {
                throw InputException.atField(source, field, "resolves to " + a.getHostAddress() + ", a "
                        + (loopback ? "loopback" : "private, link-local or reserved")
                        + " address the server does not call (server-side request forgery)");
            }
        }
        if (scheme.equals("http") && !(allowLoopback && allLoopback)) {
            throw InputException.atField(source, field, "must be an https URL (plain http only to loopback when "
                    + "allowed)");
        }
        return new Target(uri, List.of(addresses));
    }

    /** The host of {@code uri} as a resolver takes it: an IPv6 literal without its brackets. */
    public static String hostName(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** RFC 1918, RFC 4193 unique-local, link-local, carrier-grade NAT (RFC 6598). */
    static boolean isPrivate(InetAddress a) {
        if (a.isSiteLocalAddress() || a.isLinkLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        }
        return a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    /** Never a target: unspecified, multicast, 0.0.0.0/8, broadcast, IPv4-mapped or -compatible IPv6 of those. */
    static boolean isReserved(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return (b[0] & 0xff) == 0 || (b[0] & 0xff) >= 240;
        }
        return false;
    }
}
