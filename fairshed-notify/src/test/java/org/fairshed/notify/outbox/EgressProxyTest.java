package org.fairshed.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;
import org.fairshed.common.InputException;
import org.fairshed.notify.testing.LoopbackReceiver;
import org.fairshed.notify.webhook.UrlPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliveries through an egress proxy (HTTP CONNECT): the tunnel is asked for the address the URL policy checked, not
 * the name (the proxy cannot resolve it again elsewhere), the request inside still names the host, a refusal is an
 * outcome naming the proxy's status, and a URL the policy refuses never reaches the proxy. The proxy here is a small
 * loopback one that records what it was asked.
 */
class EgressProxyTest {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final UrlPolicy LOOPBACK = new UrlPolicy(true, false);

    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();
    /** the request lines the proxy was sent */
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        receiver.close();
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private static UrlPolicy.Resolver table(String name, String address) {
        return host -> {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
    }

    /** A CONNECT proxy on loopback that answers {@code status} and, on 2xx, pipes the tunnel both ways. */
    private EgressProxy proxy(int status) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        closing.add(server);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Socket client = server.accept();
                    closing.add(client);
                    Thread.ofPlatform().daemon().start(() -> serve(client, status));
                }
            } catch (IOException e) {
                // closed
            }
        });
        return new EgressProxy("127.0.0.1", server.getLocalPort());
    }

    private void serve(Socket client, int status) {
        try {
            InputStream in = client.getInputStream();
            String request = line(in);
            asked.add(request);
            while (!line(in).isEmpty()) {
                // headers
            }
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 " + status + " " + (status == 200 ? "Connection established" : "No") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (status != 200) {
                client.close();
                return;
            }
            String[] target = request.split(" ")[1].split(":");
            Socket upstream = new Socket(target[0], Integer.parseInt(target[1]));
            closing.add(upstream);
            Thread.ofPlatform().daemon().start(() -> pipe(in, upstream));
            pipe(upstream.getInputStream(), client);
        } catch (IOException e) {
            // the test ended the connection
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // closed
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private HttpPost post(String name, EgressProxy proxy) {
        return new HttpPost(LOOPBACK, table(name, "127.0.0.1"), (SSLSocketFactory) SSLSocketFactory.getDefault(), CONNECT,
                DEADLINE).through(proxy);
    }

    private static HttpPost.Request request() {
        return new HttpPost.Request(Map.of("content-type", "application/json"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    }

    private int receiverPort() {
        return Integer.parseInt(receiver.url("").replaceAll(".*:", ""));
    }

    @Test
    void theTunnelGoesToTheCheckedAddressAndTheRequestInsideNamesTheHost() throws Exception {
        EgressProxy proxy = proxy(200);
        int port = receiverPort();
        SendOutcome out = post("hooks.test", proxy).post("http://hooks.test:" + port + "/in", "webhook", "url", false,
                uri -> request());
        assertThat(out.kind()).as(out.detail()).isEqualTo(SendOutcome.Kind.DELIVERED);
        assertThat(asked).containsExactly("CONNECT 127.0.0.1:" + port + " HTTP/1.1");
        LoopbackReceiver.Received r = receiver.received("/in").get(0);
        assertThat(r.header("host")).isEqualTo("hooks.test:" + port);
        assertThat(r.text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void tlsRunsThroughTheTunnelVerifiedAgainstTheUrlsHostName(@TempDir Path tmp) throws Exception {
        TestTls tls = new TestTls(tmp, "push.test");
        closing.add(tls);
        EgressProxy proxy = proxy(200);
        HttpPost trusting = new HttpPost(LOOPBACK, table("push.test", "127.0.0.1"), tls.trusting, CONNECT, DEADLINE)
                .through(proxy);
        SendOutcome ok = trusting.post("https://push.test:" + tls.port() + "/p", "push subscription", "endpoint", true,
                uri -> request());
        assertThat(ok.kind()).as(ok.detail()).isEqualTo(SendOutcome.Kind.DELIVERED);
        assertThat(tls.got).containsExactly("push.test:" + tls.port() + " {\"a\":1}");
        assertThat(asked).containsExactly("CONNECT 127.0.0.1:" + tls.port() + " HTTP/1.1");
        // the proxy cannot stand in for the receiver: a name the certificate does not have fails as without a proxy
        SendOutcome other = new HttpPost(LOOPBACK, table("other.test", "127.0.0.1"), tls.trusting, CONNECT, DEADLINE)
                .through(proxy).post("https://other.test:" + tls.port() + "/p", "push subscription", "endpoint", true,
                        uri -> request());
        assertThat(other.detail()).startsWith("TLS failed");
        assertThat(tls.got).hasSize(1);
    }

    @Test
    void aProxyThatRefusesTheTunnelIsAnOutcomeNamingItsStatus() throws Exception {
        SendOutcome out = post("hooks.test", proxy(403)).post("http://hooks.test:" + receiverPort() + "/in", "webhook",
                "url", false, uri -> request());
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(out.detail()).isEqualTo("the egress proxy answered 403 to CONNECT");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aUrlThePolicyRefusesNeverReachesTheProxy() throws Exception {
        HttpPost strict = new HttpPost(UrlPolicy.PUBLIC_ONLY, table("hooks.test", "127.0.0.1"),
                (SSLSocketFactory) SSLSocketFactory.getDefault(), CONNECT, DEADLINE).through(proxy(200));
        SendOutcome out = strict.post("https://hooks.test/in", "webhook", "url", false, uri -> request());
        assertThat(out.detail()).contains("refused by the URL policy");
        assertThat(asked).isEmpty();
    }

    @Test
    void theSettingIsAnHttpUrlOfHostAndPortWithoutCredentials() {
        assertThat(EgressProxy.parse(" http://proxy.corp.example:3128 ", "environment", "FAIRSHED_EGRESS_PROXY"))
                .isEqualTo(new EgressProxy("proxy.corp.example", 3128));
        for (String bad : List.of("proxy:3128", "https://proxy:3128", "http://proxy", "http://u:p@proxy:3128",
                "http://proxy:3128/path", "http://[bad")) {
            assertThatThrownBy(() -> EgressProxy.parse(bad, "environment", "FAIRSHED_EGRESS_PROXY"))
                    .as(bad).isInstanceOf(InputException.class).hasMessageContaining("FAIRSHED_EGRESS_PROXY");
        }
        for (String withPassword : List.of("http://u:secret@proxy:3128", "https://u:secret@proxy", "u:secret@proxy")) {
            assertThatThrownBy(() -> EgressProxy.parse(withPassword, "environment", "FAIRSHED_EGRESS_PROXY"))
                    .as(withPassword).hasMessageNotContaining("secret");
        }
    }
}
