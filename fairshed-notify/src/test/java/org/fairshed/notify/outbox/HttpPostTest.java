package org.fairshed.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.fairshed.notify.testing.LoopbackReceiver;
import org.fairshed.notify.webhook.UrlPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One POST attempt: it connects to the address its policy check resolved and to no other (DNS rebinding), verifies
 * TLS against the URL's host name, and turns timeouts and broken answers into outcomes.
 */
class HttpPostTest {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** Slack for the machine beyond the attempt's deadline. */
    private static final long DEADLINE_SLACK_MS = 2_000;
    private static final UrlPolicy LOOPBACK = new UrlPolicy(true, false);

    @TempDir
    Path tmp;

    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        receiver.close();
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private static HttpPost.Request request(String body) {
        return new HttpPost.Request(Map.of("content-type", "application/json", "webhook-id", "msg_1"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A resolver that knows one name, counts its lookups and answers each from {@code answers} in turn. */
    private static final class Table implements UrlPolicy.Resolver {
        final AtomicInteger lookups = new AtomicInteger();
        final String name;
        final List<InetAddress> answers;

        Table(String name, InetAddress... answers) {
            this.name = name;
            this.answers = List.of(answers);
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!host.equals(name)) {
                throw new UnknownHostException(host);
            }
            int n = lookups.getAndIncrement();
            return new InetAddress[] {answers.get(Math.min(n, answers.size() - 1))};
        }
    }

    @Test
    void theRequestGoesToTheAddressTheCheckResolvedOnceWithTheNameAsHost() throws Exception {
        Table dns = new Table("hook.test", InetAddress.getByName("127.0.0.1"));
        HttpPost post = new HttpPost(LOOPBACK, dns, (SSLSocketFactory) SSLSocketFactory.getDefault(), CONNECT, DEADLINE);
        int port = Integer.parseInt(receiver.url("").replaceAll(".*:", ""));
        SendOutcome out = post.post("http://hook.test:" + port + "/in?x=1", "webhook", "url", false,
                uri -> request("{\"a\":1}"));
        assertThat(out.kind()).as(out.detail()).isEqualTo(SendOutcome.Kind.DELIVERED);
        assertThat(dns.lookups.get()).as("one lookup per attempt: the check's").isEqualTo(1);
        LoopbackReceiver.Received r = receiver.received("/in").get(0);
        assertThat(r.header("host")).isEqualTo("hook.test:" + port);
        assertThat(r.header("webhook-id")).isEqualTo("msg_1");
        assertThat(r.header("content-length")).isEqualTo("7");
        assertThat(r.text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aNameThatRebindsToAPrivateAddressReachesNothing() throws Exception {
        // the first lookup (when the subscription was made) gave a public address; at send time it gives loopback,
        // which the default policy refuses: the attempt does not connect anywhere
        Table dns = new Table("rebind.test", InetAddress.getByName("127.0.0.1"));
        HttpPost post = new HttpPost(UrlPolicy.PUBLIC_ONLY, dns, (SSLSocketFactory) SSLSocketFactory.getDefault(),
                CONNECT, DEADLINE);
        int port = Integer.parseInt(receiver.url("").replaceAll(".*:", ""));
        SendOutcome out = post.post("https://rebind.test:" + port + "/in", "webhook", "url", false,
                uri -> request("{}"));
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(out.detail()).contains("refused by the URL policy", "127.0.0.1");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void tlsIsVerifiedAgainstTheUrlsHostName() throws Exception {
        TestTls tls = new TestTls(tmp, "hook.test");
        closing.add(tls);
        SSLSocketFactory trust = tls.trusting;
        int port = tls.port();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        HttpPost trusting = new HttpPost(LOOPBACK, new Table("hook.test", loopback), trust,
                CONNECT, DEADLINE);
        SendOutcome ok = trusting.post("https://hook.test:" + port + "/tls", "webhook", "url", false,
                uri -> request("{\"tls\":true}"));
        assertThat(ok.kind()).as(ok.detail()).isEqualTo(SendOutcome.Kind.DELIVERED);
        assertThat(ok.status()).isEqualTo(204);
        assertThat(tls.got).containsExactly("hook.test:" + port + " {\"tls\":true}");

        // the same server under another name: its certificate does not name it
        HttpPost otherName = new HttpPost(LOOPBACK, new Table("other.test", loopback), trust,
                CONNECT, DEADLINE);
        SendOutcome mismatch = otherName.post("https://other.test:" + port + "/tls", "webhook", "url", false,
                uri -> request("{}"));
        assertThat(mismatch.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(mismatch.detail()).startsWith("TLS failed");
        // a certificate nobody vouches for: the system's trust store does not know it
        HttpPost systemTrust = new HttpPost(LOOPBACK, new Table("hook.test", loopback),
                (SSLSocketFactory) SSLSocketFactory.getDefault(), CONNECT, DEADLINE);
        SendOutcome untrusted = systemTrust.post("https://hook.test:" + port + "/tls", "webhook", "url", false,
                uri -> request("{}"));
        assertThat(untrusted.detail()).startsWith("TLS failed");
        assertThat(tls.got).hasSize(1);
    }

    /** A server on loopback that accepts connections and then neither reads nor answers (closed after the test). */
    private ServerSocket silentServer(int receiveBufferBytes) throws IOException {
        ServerSocket silent = new ServerSocket();
        silent.setReceiveBufferSize(receiveBufferBytes);
        silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        closing.add(silent);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    closing.add(silent.accept());
                }
            } catch (IOException e) {
                // closed
            }
        });
        return silent;
    }

    private SendOutcome postWithin(ServerSocket to, HttpPost.Request request) {
        HttpPost post = new HttpPost(LOOPBACK, CONNECT, DEADLINE);
        long t0 = System.nanoTime();
        SendOutcome out = post.post("http://127.0.0.1:" + to.getLocalPort() + "/", "webhook", "url", false,
                uri -> request);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(ms).as("the attempt's time").isLessThan(DEADLINE.toMillis() + DEADLINE_SLACK_MS);
        return out;
    }

    @Test
    void aReceiverThatNeverAnswersEndsAtTheDeadline() throws Exception {
        SendOutcome out = postWithin(silentServer(65_536), request("{}"));
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(out.detail()).isEqualTo("timed out");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aReceiverThatStopsReadingTheBodyEndsAtTheDeadlineToo() throws Exception {
        // the write blocks once the receiver's window and our send buffer are full: a socket timeout does not cover
        // writes, the watchdog does
        byte[] body = new byte[32 << 20];
        SendOutcome out = postWithin(silentServer(4_096), new HttpPost.Request(Map.of("content-type",
                "application/octet-stream"), body));
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(out.detail()).isEqualTo("timed out");
    }

    @Test
    void anAnswerThatIsNotHttpIsRetried() throws Exception {
        ServerSocket garbage = answering("SSH-2.0-OpenSSH_9.2\r\n");
        SendOutcome out = new HttpPost(LOOPBACK, CONNECT, DEADLINE).post("http://127.0.0.1:" + garbage.getLocalPort()
                + "/", "webhook", "url", false, uri -> request("{}"));
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(out.detail()).isEqualTo("cannot connect: IOException");
    }

    @Test
    void statusesMapToOutcomesAndInterimAnswersAreSkipped() throws Exception {
        ServerSocket interim = answering("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 410 Gone\r\ncontent-length: 0\r\n\r\n");
        SendOutcome out = new HttpPost(LOOPBACK, CONNECT, DEADLINE).post("http://127.0.0.1:" + interim.getLocalPort()
                + "/", "webhook", "url", false, uri -> request("{}"));
        assertThat(out.kind()).isEqualTo(SendOutcome.Kind.GONE);
        assertThat(out.status()).isEqualTo(410);
        receiver.answer(() -> 503);
        SendOutcome busy = new HttpPost(LOOPBACK, CONNECT, DEADLINE).post(receiver.url("/busy"), "webhook", "url",
                false, uri -> request("{}"));
        assertThat(busy.kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(busy.status()).isEqualTo(503);
    }

    /** A loopback server that answers its first connection with {@code answer}, whatever was asked. */
    private ServerSocket answering(String answer) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        closing.add(server);
        Thread.ofPlatform().daemon().start(() -> {
            try (Socket s = server.accept()) {
                s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(200);
            } catch (IOException | InterruptedException e) {
                // done
            }
        });
        return server;
    }

}
