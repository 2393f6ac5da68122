package org.fairshed.store.testing;

import java.nio.file.Path;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.RegionDefinition;

/** A process that opens the embedded store in a folder, writes a region, says "ready" and waits to be killed. */
public final class HoldEmbeddedStore {

    private HoldEmbeddedStore() {
    }

    public static void main(String[] args) throws Exception {
        Store store = StoreFactory.open(StoreParameters.embedded(Path.of(args[0])));
        store.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", Fixtures.KYIV));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
        store.close();
    }
}
