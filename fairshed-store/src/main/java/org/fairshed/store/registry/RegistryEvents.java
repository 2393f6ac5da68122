package org.fairshed.store.registry;

import java.sql.Connection;
import java.sql.SQLException;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.events.StoredEvent;
import org.fairshed.store.notify.Channels;

/** An import that changed the registry appends a REGISTRY event and NOTIFYs, so servers rebuild their indexes. */
final class RegistryEvents {

    private RegistryEvents() {
    }

    static void changed(Connection c) throws SQLException {
        long event = EventRepository.append(c, StoredEvent.Kind.REGISTRY, null, 0, null, null, null, 0);
        Channels.notify(c, Channels.REGISTRY, "{\"event\":" + event + "}");
    }
}
