package org.fairshed.server.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.store.Store;

/**
 * The current {@link AddressIndex}, derived from the store: built at start, rebuilt in the background when the store
 * announces a registry import (requests keep the old index until the new one is complete; rebuilds asked for while
 * one runs are folded into one more).
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private final Store store;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fairshed-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile AddressIndex current = AddressIndex.empty();

    public SearchIndex(Store store) {
        this.store = store;
    }

    public AddressIndex current() {
        return current;
    }

    /** Builds the index now, on the caller's thread. */
    public void rebuild() {
        IndexBuilder builder = new IndexBuilder();
        store.registry().snapshot(builder);
        current = builder.build();
    }

    /** Asks for a rebuild in the background (the store announced that the registry changed). */
    public void rebuildLater() {
        if (pending.compareAndSet(false, true)) {
            rebuilder.execute(() -> {
                pending.set(false);
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "address index rebuild failed; the old index stays", e);
                }
            });
        }
    }

    @Override
    public void close() {
        rebuilder.shutdownNow();
    }
}
