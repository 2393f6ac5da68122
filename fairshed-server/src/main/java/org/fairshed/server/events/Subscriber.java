package org.fairshed.server.events;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One SSE client: a bounded queue of events and a virtual thread that writes them (and a heartbeat comment when idle),
 * so one slow client never holds up the others. A client whose queue overflows is closed: it resumes with
 * Last-Event-ID.
 */
final class Subscriber {

    static final int QUEUE = 256;
    private static final Rendered CLOSE = new Rendered(-1, "", "", null, "", null, null);
    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final SseClient client;
    final String region;
    final String group;
    /** Events with an id up to this one were sent (or replayed) already. */
    long after;
    private final BlockingQueue<Rendered> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean closed;
    /** The first comment the writer sends (it alone writes to the stream). */
    volatile String greeting = ": connected\n\n";

    Subscriber(SseClient client, String region, String group, long after) {
        this.client = client;
        this.region = region;
        this.group = group;
        this.after = after;
    }

    /** Queues {@code e}; false when the client is gone or too slow (then it is closed). */
    boolean offer(Rendered e) {
        if (closed) {
            return false;
        }
        if (!queue.offer(e)) {
            close();
            return false;
        }
        return true;
    }

    void close() {
        closed = true;
        queue.clear();
        queue.offer(CLOSE);
    }

    /** One event in the SSE format: {@code id}, {@code event}, one {@code data} line per line of the data. */
    private void frame(StringBuilder sb, Rendered r) {
        sb.append("id: ").append(r.id()).append('\n').append("event: ").append(r.name()).append('\n');
        for (String line : r.data(group).split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        sb.append('\n');
    }

    boolean isClosed() {
        return closed || client.terminated();
    }

    /**
     * The writer loop (runs on its own virtual thread until the client goes): everything queued is written as SSE
     * frames and flushed once, so a national publish (one event per region) costs each client one write.
     */
    void run(Duration heartbeat, Runnable onExit) {
        java.util.List<Rendered> batch = new java.util.ArrayList<>();
        try {
            java.io.OutputStream out = client.ctx().res().getOutputStream();
            out.write(greeting.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            while (!isClosed()) {
                Rendered e = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (e == CLOSE || closed) {
                    break;
                }
                if (e == null) {
                    out.write(HEARTBEAT);
                } else {
                    batch.clear();
                    batch.add(e);
                    queue.drainTo(batch);
                    StringBuilder frames = new StringBuilder();
                    for (Rendered r : batch) {
                        if (r == CLOSE) {
                            closed = true;
                            break;
                        }
                        frame(frames, r);
                    }
                    out.write(frames.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.io.IOException gone) {
            // the client went away while we wrote: nothing to do but forget it
        } finally {
            closed = true;
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // already closed
            }
            onExit.run();
        }
    }
}
