package org.fairshed.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.EmbeddedServer;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.ledger.LedgerRepository;
import org.fairshed.store.notify.NotificationListener;
import org.fairshed.store.organisation.OrganisationRepository;
import org.fairshed.store.registry.RegistryRepository;
import org.fairshed.store.revision.RevisionRepository;
import org.fairshed.store.status.DayStatusRepository;

/**
 * The store's facade: one repository per aggregate, each method one use case in one transaction. Open with
 * {@link StoreFactory#open(StoreParameters)}; {@link #close()} closes the pools and stops the embedded server.
 * Thread-safe.
 */
public final class Store implements AutoCloseable {

    private final StoreParameters parameters;
    private final Database database;
    private final String jdbcUrl;
    private final EmbeddedServer embedded;
    private final HikariDataSource primaryPool;
    private final HikariDataSource readPool;
    private final OrganisationRepository organisation;
    private final RegistryRepository registry;
    private final RevisionRepository revisions;
    private final DayStatusRepository dayStatus;
    private final LedgerRepository ledger;
    private final AuditRepository audit;
    private final EventRepository events;

    Store(StoreParameters parameters, Database database, String jdbcUrl, EmbeddedServer embedded,
          HikariDataSource primaryPool, HikariDataSource readPool) {
        this.parameters = parameters;
        this.database = Objects.requireNonNull(database, "database");
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
        this.primaryPool = primaryPool;
        this.readPool = readPool;
        this.organisation = new OrganisationRepository(database);
        this.audit = new AuditRepository(database);
        this.registry = new RegistryRepository(database, organisation);
        this.revisions = new RevisionRepository(database, organisation);
        this.dayStatus = new DayStatusRepository(database, organisation);
        this.ledger = new LedgerRepository(database);
        this.events = new EventRepository(database);
    }

    public OrganisationRepository organisation() {
        return organisation;
    }

    public RegistryRepository registry() {
        return registry;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public DayStatusRepository dayStatus() {
        return dayStatus;
    }

    public LedgerRepository ledger() {
        return ledger;
    }

    public AuditRepository audit() {
        return audit;
    }

    /** The event sequence that numbers publishes, day-status changes and registry imports (the SSE ids). */
    public EventRepository events() {
        return events;
    }

    /** The transactions behind the repositories, for use cases that span several of them. */
    public Database database() {
        return database;
    }

    /**
     * A listener of the store's notifications (new revisions, day-status changes) on its own connection, as every
     * server replica runs one to push SSE. Start it with {@link NotificationListener#start()}, close it when done.
     */
    public NotificationListener listener() {
        return new NotificationListener(jdbcUrl, parameters.user(), parameters.password());
    }

    /** The JDBC URL of the primary (the embedded server's when embedded), without credentials given apart. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public StoreParameters parameters() {
        return parameters;
    }

    @Override
    public void close() {
        try {
            if (readPool != null) {
                readPool.close();
            }
            primaryPool.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
