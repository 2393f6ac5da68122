package org.fairshed.store.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import org.fairshed.store.model.DayStatusKind;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs on the store's channels on a dedicated connection (not the pool's: a pooled connection is reset and shared)
 * and hands each notification to a consumer on its own thread, reconnecting with a growing pause when the connection
 * breaks. This is how server replicas over one PostgreSQL learn of a publish on another replica: the database's own
 * mechanism, no cluster protocol.
 */
public final class NotificationListener implements AutoCloseable {

    private static final int POLL_MILLIS = 250;
    private static final int MAX_PAUSE_MILLIS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private Thread thread;

    public NotificationListener(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
    }

    /** Starts listening; {@code consumer} is called on the listener's thread and must not block for long. */
    public synchronized void start(Consumer<StoreEvent> consumer) {
        if (thread != null) {
            throw new IllegalStateException("the listener is already started");
        }
        running = true;
        thread = new Thread(() -> loop(consumer), "fairshed-store-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<StoreEvent> consumer) {
        int pause = 100;
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + Channels.REVISION);
                    s.execute("listen " + Channels.DAY_STATUS);
                    s.execute("listen " + Channels.REGISTRY);
                }
                pause = 100;
                consumer.accept(StoreEvent.connected());
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            StoreEvent e = parse(n.getName(), n.getParameter());
                            if (e != null) {
                                consumer.accept(e);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                sleep(pause);
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "fairshed-listener");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, p);
    }

    /** A notification's event, null for a payload the store did not write. */
    static StoreEvent parse(String channel, String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            if (Channels.REVISION.equals(channel)) {
                return new StoreEvent(StoreEvent.Kind.REVISION, n.path("region").asText(), n.path("revision").asInt(),
                        n.path("hash").asText(), null, null, 0, n.path("event").asLong());
            }
            if (Channels.DAY_STATUS.equals(channel)) {
                return new StoreEvent(StoreEvent.Kind.DAY_STATUS, n.path("region").asText(), 0, null,
                        LocalDate.parse(n.path("day").asText()), DayStatusKind.valueOf(n.path("status").asText()),
                        n.path("version").asInt(), n.path("event").asLong());
            }
            if (Channels.REGISTRY.equals(channel)) {
                return new StoreEvent(StoreEvent.Kind.REGISTRY, null, 0, null, null, null, 0, n.path("event").asLong());
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            try {
                t.join(POLL_MILLIS * 4L + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
