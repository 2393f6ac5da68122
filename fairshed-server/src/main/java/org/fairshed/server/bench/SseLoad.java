package org.fairshed.server.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * An SSE load client for the benchmarks: opens N connections to {@code /api/v1/events} with non-blocking sockets (one
 * thread, one selector), waits until all are subscribed, then until each has received a {@code revision} event or the
 * timeout passes, and prints when the events arrived (epoch ms: first, p50, p99, last) and how many never came.
 * Usage: {@code SseLoad HOST PORT CONNECTIONS TIMEOUT_SECONDS [PATH]}; prints {@code ready} once subscribed.
 */
public final class SseLoad {

    private SseLoad() {
    }

    public static void main(String[] args) throws IOException {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        long timeoutMillis = Long.parseLong(args[3]) * 1000;
        String path = args.length > 4 ? args[4] : "/api/v1/events";
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Selector selector = Selector.open();
        long[] received = new long[n];
        boolean[] subscribed = new boolean[n];
        StringBuilder[] text = new StringBuilder[n];
        int opened = 0;
        for (int i = 0; i < n; i++) {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress(host, port));
            ch.configureBlocking(false);
            ch.write(ByteBuffer.wrap(request));
            ch.register(selector, SelectionKey.OP_READ, i);
            text[i] = new StringBuilder();
            opened++;
            if (i % 1000 == 999) {
                poll(selector, received, subscribed, text, 0);
            }
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (count(subscribed) < opened && System.currentTimeMillis() < deadline) {
            poll(selector, received, subscribed, text, 100);
        }
        System.out.printf(Locale.ROOT, "ready %d of %d subscribed%n", count(subscribed), n);
        System.out.flush();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end && countReceived(received) < n) {
            poll(selector, received, subscribed, text, 100);
        }
        long[] got = Arrays.stream(received).filter(t -> t > 0).sorted().toArray();
        if (got.length == 0) {
            System.out.printf(Locale.ROOT, "received 0 of %d%n", n);
        } else {
            System.out.printf(Locale.ROOT, "received %d of %d: first %d p50 %d p99 %d last %d (epoch ms)%n", got.length, n,
                    got[0], got[got.length / 2], got[(int) Math.min(got.length - 1, Math.floor(got.length * 0.99))],
                    got[got.length - 1]);
        }
        selector.close();
    }

    private static void poll(Selector selector, long[] received, boolean[] subscribed, StringBuilder[] text, long wait)
            throws IOException {
        if ((wait == 0 ? selector.selectNow() : selector.select(wait)) == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        for (SelectionKey k : selector.selectedKeys()) {
            int i = (Integer) k.attachment();
            SocketChannel ch = (SocketChannel) k.channel();
            buf.clear();
            int r;
            try {
                r = ch.read(buf);
            } catch (IOException e) {
                r = -1;
            }
            if (r < 0) {
                k.cancel();
                ch.close();
                continue;
            }
            buf.flip();
            text[i].append(StandardCharsets.UTF_8.decode(buf));
            if (!subscribed[i] && text[i].indexOf(": connected") >= 0) {
                subscribed[i] = true;
            }
            if (received[i] == 0 && text[i].indexOf("\"type\":\"revision\"") >= 0) {
                received[i] = System.currentTimeMillis();
            }
            if (text[i].length() > 4096 && received[i] == 0) {
                text[i].delete(0, text[i].length() - 64);
            }
        }
        selector.selectedKeys().clear();
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) {
            c += x ? 1 : 0;
        }
        return c;
    }

    private static int countReceived(long[] r) {
        int c = 0;
        for (long x : r) {
            c += x > 0 ? 1 : 0;
        }
        return c;
    }
}
