package org.fairshed.notify.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.fairshed.notify.testing.NotifyWorld;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.Interval;
import org.junit.jupiter.api.Test;

class CapAlertsTest {

    private static final Instant NOW = Instant.parse("2026-10-25T06:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 25);
    private final Store store = NotifyWorld.store();
    private final CapAlerts cap = new CapAlerts(store, "fairshed@example.ua", "https://outages.example.ua");

    private static void valid(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(CapAlertsTest.class.getResource("/cap/cap-1.2-from-spec.xsd")).newValidator();
        v.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void revisionsMakeAnAlertChainThatValidatesAgainstTheSchema() throws Exception {
        String region = NotifyWorld.region(store);
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, Map.of("1.1", List.of(new Interval(600, 720))),
                "first"));
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, Map.of("1.1", List.of(new Interval(660, 720))),
                "moved"));
        NotifyWorld.publish(store, NotifyWorld.draft(region, DAY, 2, Map.of(), "enough power"));
        String first = cap.ofRevision(region, 1, NOW).orElseThrow();
        String second = cap.ofRevision(region, 2, NOW).orElseThrow();
        String third = cap.ofRevision(region, 3, NOW).orElseThrow();
        valid(first);
        valid(second);
        valid(third);
        assertThat(first).contains("<msgType>Alert</msgType>").doesNotContain("<references>")
                .contains("<category>Infra</category>").contains("<certainty>Likely</certainty>")
                .contains("<areaDesc>Область " + region + "</areaDesc>").contains("<language>uk-UA</language>")
                .contains("<onset>2026-10-25T10:00:00+02:00</onset>");
        assertThat(second).contains("<msgType>Update</msgType>")
                .contains("<references>fairshed@example.ua,fairshed-" + region + "-rev-1,");
        assertThat(third).contains("<msgType>Cancel</msgType>").contains("fairshed-" + region + "-rev-2,");
        store.dayStatus().set(region, DAY, DayStatusKind.EMERGENCY, null, "Удар по підстанції", List.of("E1"),
                "dispatcher", null);
        String emergency = cap.current(region, NOW).orElseThrow();
        valid(emergency);
        assertThat(emergency).contains("<urgency>Immediate</urgency>").contains("<certainty>Observed</certainty>")
                .contains("<severity>Severe</severity>").contains("Удар по підстанції")
                .contains("fairshed-" + region + "-rev-3,");
    }

    @Test
    void theSchemaCanFail() {
        String bad = "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier>"
                + "<sender>s</sender><sent>2026-10-25T10:00:00Z</sent><status>Actual</status><msgType>Alert</msgType>"
                + "<scope>Public</scope></alert>";
        assertThatThrownBy(() -> valid(bad)).hasMessageContaining("2026-10-25T10:00:00Z");
        assertThatThrownBy(() -> valid(bad.replace("10:00:00Z", "10:00:00+02:00").replace("Public", "Everyone")))
                .hasMessageContaining("Everyone");
    }
}
