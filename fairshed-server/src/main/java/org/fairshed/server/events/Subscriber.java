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

    final SseClient client;
    final String region;
    final String group;
    /** Events with an id up to this one were sent (or replayed) already. */
    long after;
    private final BlockingQueue<Rendered> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean closed;

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

    boolean isClosed() {
        return closed || client.terminated();
    }

    /** The writer loop (runs on its own virtual thread until the client goes). */
    void run(Duration heartbeat, Runnable onExit) {
        try {
            while (!isClosed()) {
                Rendered e = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (e == CLOSE || closed) {
                    break;
                }
                if (e == null) {
                    client.sendComment("heartbeat");
                } else {
                    client.sendEvent(e.name(), e.data(group), Long.toString(e.id()));
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException gone) {
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
