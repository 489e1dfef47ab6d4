package dev.dossier.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    @Test
    void givenAnEventId_whenWrittenAndParsed_thenTheSameIdWithItsPrefix() {
        EventId id = EventId.generate();

        assertThat(id.wire()).startsWith("evt_").hasSize(4 + 22);
        assertThat(EventId.parse(id.wire())).isEqualTo(id);
        assertThatThrownBy(() -> EventId.parse("evt_!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenWireNames_whenLookedUp_thenEveryTypeIsFoundAndNothingElse() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromWireName(type.wireName())).contains(type);
        }
        assertThat(EventType.fromWireName("document.created")).contains(EventType.DOCUMENT_CREATED);
        assertThat(EventType.fromWireName("document.*")).isEmpty();
        assertThat(EventType.fromWireName(null)).isEmpty();
    }

    @Test
    void givenData_whenAnEventIsMade_thenItKeepsTheOrderAndCannotBeChangedAfterwards() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("document_id", "d1");
        data.put("expiry_date", null);
        DomainEvent event = DomainEvent.of(TenantId.generate(), EventType.DOCUMENT_CREATED, Instant.EPOCH, data);
        data.put("later", "x");

        assertThat(event.data().keySet()).containsExactly("document_id", "expiry_date");
        assertThatThrownBy(() -> event.data().put("y", "z")).isInstanceOf(UnsupportedOperationException.class);
    }
}
