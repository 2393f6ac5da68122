package org.fairshed.server.events;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.server.search.SearchIndex;
import org.fairshed.server.state.StateCache;
import org.fairshed.store.Store;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.events.StoredEvent;
import org.fairshed.store.notify.NotificationListener;
import org.fairshed.store.notify.StoreEvent;

/**
 * Live changes. The store's NOTIFY only wakes the dispatcher; what happened is read from the store's event sequence
 * (ids in commit order), after the last event dispatched, from the read pool — so a replica reading a standby waits
 * until the standby has the event (the id the NOTIFY named) before it pushes it, and never sends an event its own
 * API cannot serve yet. Each event first refreshes the derived state (the region's published revision or statuses, the
 * address index), then goes to every subscriber it concerns. The last {@value #RING} events are kept rendered for
 * clients that resume with Last-Event-ID; older ones are read and rendered from the store again.
 */
public final class EventHub implements AutoCloseable {

    static final int RING = 2048;
    /** Most events replayed to one resuming client; beyond it the client is told to reload ({@code reset}). */
    static final int MAX_REPLAY = 10_000;
    private static final long REPLICA_WAIT_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(EventHub.class.getName());

    private final Store store;
    private final StateCache states;
    private final SearchIndex search;
    private final Duration heartbeat;
    private final EventRenderer renderer;
    private final ArrayDeque<Rendered> ring = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Object wake = new Object();
    /** Reads and renders the events of a batch in parallel (the store's pool bounds the database side). */
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4,
            r -> {
                Thread t = new Thread(r, "fairshed-events-prepare");
                t.setDaemon(true);
                return t;
            });
    private final java.util.Map<Long, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long target;
    private volatile boolean reconnected;
    private volatile boolean running;
    private long lastDispatched;
    private NotificationListener listener;
    private Thread dispatcher;

    public EventHub(Store store, StateCache states, SearchIndex search, Duration heartbeat) {
        this.store = store;
        this.states = states;
        this.search = search;
        this.heartbeat = heartbeat;
        this.renderer = new EventRenderer(store);
    }

    /** Listens to the store; events from now on are dispatched (the state is expected to be read just before). */
    public synchronized void start() {
        lastDispatched = store.events().latestId();
        target = lastDispatched;
        running = true;
        listener = store.listener();
        listener.start(this::onStoreEvent);
        dispatcher = new Thread(this::loop, "fairshed-events");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    public synchronized long lastDispatched() {
        return lastDispatched;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private void onStoreEvent(StoreEvent e) {
        if (e.kind() == StoreEvent.Kind.CONNECTED) {
            reconnected = true;
        } else if (e.event() > target) {
            target = e.event();
        }
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                synchronized (wake) {
                    if (!reconnected && target <= lastDispatchedNow()) {
                        wake.wait(1000);
                    }
                }
                if (reconnected) {
                    reconnected = false;
                    states.reloadAll(); // notifications sent while the listener was away are lost
                }
                catchUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event dispatch failed; retrying", e);
                sleep(500);
            }
        }
    }

    private synchronized long lastDispatchedNow() {
        return lastDispatched;
    }

    /** Dispatches every event after the last one, waiting (bounded) until the read pool has the one announced. */
    private void catchUp() {
        long deadline = System.currentTimeMillis() + REPLICA_WAIT_MILLIS;
        while (running) {
            List<StoredEvent> batch = store.events().after(lastDispatchedNow(), 500);
            prepare(batch);
            for (StoredEvent e : batch) {
                dispatch(e.id(), rendered.remove(e.id()));
            }
            if (batch.isEmpty()) {
                if (target <= lastDispatchedNow() || System.currentTimeMillis() > deadline) {
                    return;
                }
                sleep(20); // a replica that has not replayed the commit yet
            }
        }
    }

    /**
     * Refreshes what a batch of events changed before anyone is told of it (each region once, the regions in
     * parallel: a national publish is one event per region) and renders the events, also in parallel.
     */
    private void prepare(List<StoredEvent> batch) {
        java.util.Set<String> regions = new java.util.LinkedHashSet<>();
        for (StoredEvent e : batch) {
            switch (e.kind()) {
                case REVISION, DAY_STATUS -> regions.add(e.region());
                case REGISTRY -> search.rebuildLater();
            }
        }
        all(regions.stream().map(r -> (Runnable) () -> states.reload(r)).toList());
        all(batch.stream().map(e -> (Runnable) () -> {
            Rendered r = renderer.render(e);
            if (r != null) {
                rendered.put(e.id(), r);
            }
        }).toList());
    }

    private void all(List<Runnable> tasks) {
        if (tasks.size() == 1) {
            tasks.get(0).run();
            return;
        }
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (Runnable t : tasks) {
            futures.add(workers.submit(t));
        }
        for (var f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while preparing events", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    private synchronized void dispatch(long id, Rendered r) {
        lastDispatched = id;
        if (r == null) {
            return;
        }
        ring.addLast(r);
        while (ring.size() > RING) {
            ring.removeFirst();
        }
        for (Subscriber s : subscribers) {
            if (r.id() > s.after && r.concerns(s.region, s.group)) {
                s.after = r.id();
                if (!s.offer(r)) {
                    subscribers.remove(s);
                }
            }
        }
    }

    /**
     * A new client of the stream of {@code region} (null: all) and {@code group} (null: the whole region), resuming
     * after {@code lastEventId} (null: only new events). Called on the SSE request's thread.
     */
    public void subscribe(SseClient client, String region, String group, Long lastEventId) {
        client.keepAlive();
        List<Rendered> older = lastEventId == null ? List.of() : older(lastEventId);
        Subscriber s;
        synchronized (this) {
            long from = lastEventId == null ? lastDispatched : lastEventId;
            s = new Subscriber(client, region, group, from);
            List<Rendered> replay = new ArrayList<>(older);
            for (Rendered r : ring) {
                if (r.id() > from && (replay.isEmpty() || r.id() > replay.get(replay.size() - 1).id())) {
                    replay.add(r);
                }
            }
            for (Rendered r : replay) {
                if (r.id() > s.after && r.concerns(region, group)) {
                    s.after = r.id();
                    s.offer(r);
                }
            }
            s.after = Math.max(s.after, lastDispatched);
            subscribers.add(s);
        }
        s.greeting = ": connected; last event " + s.after + "\n\n";
        client.onClose(s::close);
        Subscriber sub = s;
        Thread.ofVirtual().name("fairshed-sse").start(() -> sub.run(heartbeat, () -> subscribers.remove(sub)));
    }

    /** Events after {@code lastEventId} that the ring no longer holds, read and rendered from the store. */
    private List<Rendered> older(long lastEventId) {
        long oldest;
        synchronized (this) {
            oldest = ring.isEmpty() ? lastDispatched + 1 : ring.getFirst().id();
            if (lastEventId >= oldest - 1 || lastEventId >= lastDispatched) {
                return List.of();
            }
        }
        List<Rendered> out = new ArrayList<>();
        long after = lastEventId;
        while (out.size() < MAX_REPLAY) {
            List<StoredEvent> batch = store.events().after(after, EventRepository.MAX_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (StoredEvent e : batch) {
                if (e.id() >= oldest) {
                    return out;
                }
                Rendered r = renderer.render(e);
                if (r != null) {
                    out.add(r);
                }
                after = e.id();
            }
        }
        return out;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        if (listener != null) {
            listener.close();
        }
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        workers.shutdownNow();
        for (Subscriber s : subscribers) {
            s.close();
        }
    }
}
