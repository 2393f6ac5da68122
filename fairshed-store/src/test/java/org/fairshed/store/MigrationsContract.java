package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.db.Migrations;
import org.junit.jupiter.api.Test;

/** The schema is built from empty by the migrations alone, on both servers, and a replica's view cannot write. */
abstract class MigrationsContract extends StoreContract {

    private static final List<String> TABLES = List.of("address", "address_group", "address_search", "audit_log",
            "consumer_group", "critical_feeder", "day_status", "dso", "operator_approval", "operator_draft", "operator_job",
            "operator_region_policy", "published", "region", "revision", "revision_day",
            "revision_group_day", "revision_ledger", "revision_outage", "schedule_type", "store_event", "street");

    @Test
    void migrationsBuildTheSchemaFromEmptyAndASecondOpenAppliesNone() throws Exception {
        String url = db().createEmpty();
        try (Store store = StoreFactory.open(StoreParameters.jdbc(url))) {
            // each helper's migrations add tables of their own: the core ones are all there, and nothing else failed
            assertThat(tables(store)).containsAll(TABLES);
            assertThat(Migrations.migrate(store.database().primary())).isZero();
            int applied = store.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "select count(*) from flyway_schema_history where success")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(migrationFiles());
        } finally {
            db().close(StoreFactory.open(StoreParameters.jdbc(url).withReadOnly(true)));
        }
    }

    @Test
    void aReadOnlyStoreValidatesTheSchemaAndTheDatabaseRefusesItsWrites() {
        try (Store replica = StoreFactory.open(StoreParameters.jdbc(store.jdbcUrl()).withReadOnly(true))) {
            assertThat(replica.organisation().regions()).isEmpty();
            assertThatThrownBy(() -> replica.organisation().putRegion(new org.fairshed.store.model.RegionDefinition(
                    "kyiv", "Київ", "Kyiv", java.time.ZoneId.of("Europe/Kyiv"))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
    }

    /** The migrations on the class path ({@code db/migration/V*.sql}), each applied once. */
    private static int migrationFiles() throws Exception {
        java.net.URL dir = MigrationsContract.class.getClassLoader().getResource("db/migration");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static List<String> tables(Store store) {
        return store.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select table_name from "
                    + "information_schema.tables where table_schema = 'public' and table_name <> 'flyway_schema_history' "
                    + "order by table_name collate \"C\"")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

}
