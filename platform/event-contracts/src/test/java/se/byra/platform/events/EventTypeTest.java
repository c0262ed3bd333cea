package se.byra.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void dataschemaCarriesTypeAndVersion() {
        EventType<String> type = new EventType<>("se.byra.case.CaseCreated", 2, String.class, Topics.CASE_EVENTS);

        assertThat(type.dataschema()).hasToString("tag:byra.se,2026:event-schema:se.byra.case.CaseCreated:v2");
        assertThat(type.schemaResource()).isEqualTo("schemas/se.byra.case.CaseCreated/v2.json");
        assertThat(EventType.versionOf(type.dataschema(), "se.byra.case.CaseCreated")).isEqualTo(2);
    }

    @Test
    void foreignOrMalformedDataschemaHasNoVersion() {
        assertThat(EventType.versionOf(URI.create("https://example.com/x.json"), "se.byra.case.CaseCreated")).isEqualTo(-1);
        assertThat(EventType.versionOf(URI.create("tag:byra.se,2026:event-schema:se.byra.case.CaseCreated:vX"), "se.byra.case.CaseCreated")).isEqualTo(-1);
        assertThat(EventType.versionOf(URI.create("tag:byra.se,2026:event-schema:se.byra.case.CaseCreated:v+2"), "se.byra.case.CaseCreated")).isEqualTo(-1);
        // the identifier before this one (not a valid URN) is not read as ours: no release carried it
        assertThat(EventType.versionOf(URI.create("urn:se.byra:events:se.byra.case.CaseCreated:v2"), "se.byra.case.CaseCreated")).isEqualTo(-1);
        assertThat(EventType.versionOf(null, "se.byra.case.CaseCreated")).isEqualTo(-1);
    }

    @Test
    void typeNamesFollowTheConvention() {
        assertThatThrownBy(() -> new EventType<>("CaseCreated", 1, String.class, Topics.CASE_EVENTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventType<>("se.byra.case.CaseCreated", 0, String.class, Topics.CASE_EVENTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
