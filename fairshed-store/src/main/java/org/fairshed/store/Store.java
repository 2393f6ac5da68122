package org.fairshed.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.EmbeddedServer;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.ledger.LedgerRepository;
import org.fairshed.store.model.RegionSnapshot;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.ScheduleType;
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
    private final PublishListeners publishListeners = new PublishListeners();

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
        this.dayStatus = new DayStatusRepository(database, organisation, publishListeners);
        this.revisions = new RevisionRepository(database, organisation, publishListeners, dayStatus);
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

    /**
     * One region as a reader sees it, in one REPEATABLE READ snapshot (so the published pointer, its days, the
     * statuses and the ledger are of one moment); empty for an unknown region. {@code to - from} at most
     * {@link RevisionRepository#MAX_RANGE_DAYS} days.
     */
    public java.util.Optional<RegionSnapshot> regionSnapshot(String code, java.time.LocalDate from,
                                                              java.time.LocalDate to) {
        return database.read(c -> {
            var region = organisation.findRegion(c, code);
            if (region.isEmpty()) {
                return java.util.Optional.<RegionSnapshot>empty();
            }
            Revision published = revisions.published(c, code).orElse(null);
            return java.util.Optional.of(new RegionSnapshot(region.get(), organisation.dsos(c, code),
                    organisation.groups(c, code, ScheduleType.HOURLY), organisation.groups(c, code, ScheduleType.EMERGENCY),
                    published, published == null ? java.util.List.of() : revisions.regionSchedules(c, code, from, to),
                    dayStatus.range(c, code, from, to), published == null ? java.util.List.of()
                    : ledger.published(c, code)));
        });
    }

    /**
     * Adds a listener that every later publish and day-status change calls inside its transaction (the
     * notifications' outbox); {@link #removePublishListener} takes it away again.
     */
    public void addPublishListener(PublishListener listener) {
        publishListeners.add(listener);
    }

    public void removePublishListener(PublishListener listener) {
        publishListeners.remove(listener);
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
    /**
     * A connection of its own, outside the pools, for session state that must live as long as its holder (an
     * advisory lock); the caller closes it.
     */
    public java.sql.Connection connect(String applicationName) throws java.sql.SQLException {
        java.util.Properties p = new java.util.Properties();
        if (parameters.user() != null) {
            p.setProperty("user", parameters.user());
        }
        if (parameters.password() != null) {
            p.setProperty("password", parameters.password());
        }
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("tcpKeepAlive", "true");   // a peer that vanished is noticed, and its session state released
        return java.sql.DriverManager.getConnection(jdbcUrl, p);
    }

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
