package dev.dossier.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventBodyTest {

    @Test
    void givenEvent_whenRendered_thenIdTypeCreatedAtAndDataInOrderWithNullsAndEscapes() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("document_id", "d1");
        data.put("entity_id", null);
        data.put("odd", "a\"b\\c\nd\u0001");
        DomainEvent event = new DomainEvent(
                new EventId(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                TenantId.generate(),
                EventType.DOCUMENT_CREATED,
                Instant.parse("2026-03-02T10:15:30Z"),
                data);

        assertThat(EventBody.render(event))
                .isEqualTo("{\"id\":\"" + event.id().wire() + "\",\"type\":\"document.created\","
                        + "\"created_at\":\"2026-03-02T10:15:30Z\",\"data\":{\"document_id\":\"d1\","
                        + "\"entity_id\":null,\"odd\":\"a\\\"b\\\\c\\nd\\u0001\"}}");
    }
}
