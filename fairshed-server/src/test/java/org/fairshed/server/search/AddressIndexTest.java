package org.fairshed.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.Address;
import org.fairshed.store.registry.RegistryRow;
import org.fairshed.store.registry.SearchKeys;
import org.fairshed.store.registry.Transliteration;
import org.fairshed.store.synthetic.SyntheticRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index against the store's own search (the reference): the same addresses in the same order for
 * seeded queries people type (Cyrillic, KMU Latin, prefixes, with the settlement, case), over a synthetic registry.
 */
class AddressIndexTest {

    private static Store store;
    private static AddressIndex index;
    private static Path dir;

    @BeforeAll
    static void load() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "index-test");
        store = StoreFactory.open(StoreParameters.embedded(dir));
        new SyntheticRegistry(3, 20_000, 4).load(store);
        IndexBuilder b = new IndexBuilder();
        store.registry().snapshot(b);
        index = b.build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theIndexHoldsEveryAddressAndKey() {
        assertThat(index.size()).isEqualTo(20_000);
        assertThat(index.keyCount()).isEqualTo(40_000);
        Address a = store.registry().search("shevchenka 1", 1).get(0);
        IndexedAddress i = index.byId(a.id());
        assertThat(new Address(i.id(), i.region(), i.streetId(), i.settlement(), i.street(), i.house(), i.part(), i.lat(),
                i.lon(), i.dso(), i.hourlyGroups(), i.emergencyGroups())).isEqualTo(a);
        assertThat(index.byId(987_654_321L)).isNull();
    }

    @Test
    void theIndexAnswersAsTheStoreDoes() {
        Random random = new Random(11);
        List<String> queries = new ArrayList<>(List.of("", "  ", "'", "вул.", "1", "zzz", "Вінниця", "VINNYTSIA",
                "в'ячеслава", "viacheslava", "kiiv"));
        Iterator<RegistryRow> rows = new SyntheticRegistry(3, 20_000, 4).rows();
        int n = 0;
        while (rows.hasNext() && queries.size() < 600) {
            RegistryRow r = rows.next();
            if (n++ % 53 != 0) {
                continue;
            }
            String street = r.street().replaceFirst("^\\S+ ", "");
            String text = street + " " + r.house();
            queries.add(switch (random.nextInt(5)) {
                case 0 -> text;
                case 1 -> Transliteration.kmu2010(text).toLowerCase(Locale.ROOT);
                case 2 -> text.substring(0, Math.max(2, text.length() - 3));
                case 3 -> r.settlement() + " " + text.toUpperCase(Locale.ROOT);
                default -> street.substring(0, Math.min(street.length(), 1 + random.nextInt(4)));
            });
        }
        for (String q : queries) {
            for (int limit : new int[] {1, 10, 100}) {
                List<Long> expected = store.registry().search(q, limit).stream().map(Address::id).toList();
                List<Long> actual = index.search(SearchKeys.search(q), limit).stream().map(IndexedAddress::id).toList();
                assertThat(actual).as("'" + q + "' limit " + limit).isEqualTo(expected);
            }
        }
    }
}
